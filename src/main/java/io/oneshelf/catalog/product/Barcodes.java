package io.oneshelf.catalog.product;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The barcodes of a tenant's SKUs; a code belongs to at most one SKU of the tenant. */
@Repository
class Barcodes {

    /** What a till needs after scanning a code. */
    record BarcodeMatch(String barcode, UUID skuId, String skuCode, String skuName, Map<String, String> specs,
                        UUID productId, String productName, Product.ProductStatus productStatus) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Barcodes(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(UUID tenant, UUID skuId, String code) throws DuplicateKeyException {
        jdbc.sql("insert into barcode(tenant_id, code, sku_id) values (:tenant, :code, :sku)")
                .param("tenant", tenant).param("code", code).param("sku", skuId).update();
    }

    boolean remove(UUID tenant, UUID skuId, String code) {
        return jdbc.sql("delete from barcode where tenant_id = :tenant and sku_id = :sku and code = :code")
                .param("tenant", tenant).param("sku", skuId).param("code", code).update() == 1;
    }

    List<String> taken(UUID tenant, Collection<String> codes) {
        return jdbc.sql("select code from barcode where tenant_id = :tenant and code = any(:codes) order by code")
                .param("tenant", tenant).param("codes", codes.toArray(String[]::new)).query(String.class).list();
    }

    Optional<BarcodeMatch> find(UUID tenant, String code) {
        return jdbc.sql("""
                select b.code, k.id as sku_id, k.code as sku_code, k.name as sku_name, k.specs::text as specs,
                       s.id as spu_id, s.name as spu_name, s.status
                from barcode b join sku k on k.id = b.sku_id join spu s on s.id = k.spu_id
                where b.tenant_id = :tenant and b.code = :code""")
                .param("tenant", tenant).param("code", code)
                .query((rs, n) -> new BarcodeMatch(rs.getString("code"), rs.getObject("sku_id", UUID.class),
                        rs.getString("sku_code"), rs.getString("sku_name"),
                        json.readValue(rs.getString("specs"), new TypeReference<Map<String, String>>() { }),
                        rs.getObject("spu_id", UUID.class), rs.getString("spu_name"),
                        Product.ProductStatus.valueOf(rs.getString("status"))))
                .optional();
    }
}
