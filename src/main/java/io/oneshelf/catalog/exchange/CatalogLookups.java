package io.oneshelf.catalog.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What the catalog already holds of the codes a sheet names, read in a few set-based queries per import. */
@Repository
class CatalogLookups {

    /** A product of the brand as the import sees it. */
    record ExistingProduct(UUID id, String code, String status) {
    }

    /** A SKU of the brand with the code of its product, its spec values and barcodes. */
    record ExistingSku(UUID id, String code, UUID productId, String productCode, Map<String, String> specs,
                       boolean active, List<String> barcodes) {
    }

    /** Everything known before checking the rows. */
    record Existing(Map<String, UUID> categories, Map<String, UUID> brands, Map<String, ExistingProduct> products,
                    Map<String, ExistingSku> skus, Map<String, List<ExistingSku>> skusOfProduct,
                    Map<String, String> barcodeOwners) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogLookups(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Existing load(UUID tenant, List<ProductLine> lines) {
        Set<String> productCodes = lines.stream().map(ProductLine::productCode).collect(Collectors.toSet());
        Map<String, ExistingProduct> products = products(tenant, productCodes);
        List<ExistingSku> skus = skus(tenant, lines.stream().map(ProductLine::skuCode).collect(Collectors.toSet()),
                products.values().stream().map(ExistingProduct::id).toList());
        Set<String> barcodes = lines.stream().filter(l -> l.barcodes() != null)
                .flatMap(l -> l.barcodes().stream()).collect(Collectors.toSet());
        return new Existing(
                codes(tenant, "category", lines.stream().map(ProductLine::categoryCode).collect(Collectors.toSet())),
                codes(tenant, "product_brand", lines.stream().map(ProductLine::brandCode)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet())),
                products,
                skus.stream().collect(Collectors.toMap(ExistingSku::code, s -> s)),
                skus.stream().collect(Collectors.groupingBy(ExistingSku::productCode)),
                barcodeOwners(tenant, barcodes));
    }

    private Map<String, UUID> codes(UUID tenant, String table, Collection<String> codes) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select code, id from " + table + " where tenant_id = :tenant and code = any(:codes)")
                .param("tenant", tenant).param("codes", codes.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getObject("id", UUID.class));
                });
        return ids;
    }

    private Map<String, ExistingProduct> products(UUID tenant, Collection<String> codes) {
        return jdbc.sql("select id, code, status from spu where tenant_id = :tenant and code = any(:codes)")
                .param("tenant", tenant).param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> new ExistingProduct(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("status")))
                .list().stream().collect(Collectors.toMap(ExistingProduct::code, p -> p));
    }

    /** The SKUs with one of the codes, and every SKU of the existing products (also those the sheet omits). */
    private List<ExistingSku> skus(UUID tenant, Collection<String> codes, Collection<UUID> productIds) {
        return jdbc.sql("""
                select k.id, k.code, k.spu_id, s.code as spu_code, k.specs::text as specs, k.status,
                       array(select b.code from barcode b where b.tenant_id = k.tenant_id and b.sku_id = k.id
                             order by b.code) as barcodes
                from sku k join spu s on s.id = k.spu_id and s.tenant_id = k.tenant_id
                where k.tenant_id = :tenant and (k.code = any(:codes) or k.spu_id = any(:products))""")
                .param("tenant", tenant).param("codes", codes.toArray(String[]::new))
                .param("products", productIds.toArray(UUID[]::new))
                .query((rs, n) -> new ExistingSku(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getObject("spu_id", UUID.class), rs.getString("spu_code"),
                        json.readValue(rs.getString("specs"), new TypeReference<Map<String, String>>() { }),
                        "ACTIVE".equals(rs.getString("status")), List.of((String[]) rs.getArray("barcodes").getArray())))
                .list();
    }

    /** Which SKU (by code) each of the barcodes already belongs to. */
    private Map<String, String> barcodeOwners(UUID tenant, Collection<String> barcodes) {
        Map<String, String> owners = new HashMap<>();
        jdbc.sql("""
                select b.code, k.code as sku_code from barcode b join sku k on k.id = b.sku_id
                where b.tenant_id = :tenant and b.code = any(:codes)""")
                .param("tenant", tenant).param("codes", barcodes.toArray(String[]::new))
                .query(rs -> {
                    owners.put(rs.getString("code"), rs.getString("sku_code"));
                });
        return owners;
    }
}
