package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.product.SkuMatrix.SkuDraft;
import io.oneshelf.platform.Ids;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The products (SPU) of a tenant with their SKUs and barcodes. */
@Repository
class Products {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Products(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Product> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from spu where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id)
                .query((rs, n) -> map(rs, skus(tenant, id))).optional();
    }

    /** The product a SKU belongs to. */
    Optional<UUID> productOf(UUID tenant, UUID skuId) {
        return jdbc.sql("select spu_id from sku where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", skuId).query(UUID.class).optional();
    }

    /** The SKUs of the product that have a list price valid now. */
    Set<UUID> pricedSkus(UUID tenant, UUID productId) {
        return new HashSet<>(jdbc.sql("""
                select distinct k.id from sku k join sku_price p on p.sku_id = k.id and p.tenant_id = k.tenant_id
                where k.tenant_id = :tenant and k.spu_id = :spu and p.kind = 'LIST'
                  and (p.valid_from is null or p.valid_from <= now()) and (p.valid_to is null or p.valid_to > now())""")
                .param("tenant", tenant).param("spu", productId).query(UUID.class).list());
    }

    List<String> takenSkuCodes(UUID tenant, List<String> codes) {
        return jdbc.sql("select code from sku where tenant_id = :tenant and code = any(:codes) order by code")
                .param("tenant", tenant).param("codes", codes.toArray(String[]::new)).query(String.class).list();
    }

    void insert(UUID tenant, Product p) throws DuplicateKeyException {
        jdbc.sql("""
                insert into spu(id, tenant_id, code, name, category_id, brand_id, unit, description, spec_attributes,
                                status, channels, version, created_at, updated_at)
                values (:id, :tenant, :code, :name, :category, :brand, :unit, :description, cast(:specs as jsonb),
                        :status, :channels, 0, now(), now())""")
                .param("id", p.id()).param("tenant", tenant).param("code", p.code()).param("name", p.name())
                .param("category", p.categoryId()).param("brand", p.brandId()).param("unit", p.unit())
                .param("description", p.description()).param("specs", json.writeValueAsString(p.specAttributes()))
                .param("status", p.status().name()).param("channels", channels(p.channels()))
                .update();
    }

    void insertSku(UUID tenant, UUID productId, UUID skuId, SkuDraft draft) throws DuplicateKeyException {
        jdbc.sql("""
                insert into sku(id, tenant_id, spu_id, code, name, specs, status, version, created_at, updated_at)
                values (:id, :tenant, :spu, :code, :name, cast(:specs as jsonb), 'ACTIVE', 0, now(), now())""")
                .param("id", skuId).param("tenant", tenant).param("spu", productId).param("code", draft.code())
                .param("name", draft.name()).param("specs", json.writeValueAsString(draft.specs()))
                .update();
    }

    void update(UUID tenant, Product p, int expectedVersion) {
        int updated = jdbc.sql("""
                update spu set name = :name, category_id = :category, brand_id = :brand, unit = :unit,
                    description = :description, status = :status, channels = :channels, version = version + 1,
                    updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("name", p.name()).param("category", p.categoryId()).param("brand", p.brandId())
                .param("unit", p.unit()).param("description", p.description()).param("status", p.status().name())
                .param("channels", channels(p.channels())).param("tenant", tenant).param("id", p.id())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("product " + p.id() + " changed meanwhile");
        }
    }

    /** The brand's SKU codes that start with {@code <spuCode>-}, where generated codes of the product live. */
    Set<String> skuCodesOf(UUID tenant, String spuCode) {
        return new HashSet<>(jdbc.sql("select code from sku where tenant_id = :tenant and starts_with(code, :prefix)")
                .param("tenant", tenant).param("prefix", spuCode + "-").query(String.class).list());
    }

    void updateSpecAttributes(UUID tenant, Product p) {
        jdbc.sql("update spu set spec_attributes = cast(:specs as jsonb) where tenant_id = :tenant and id = :id")
                .param("specs", json.writeValueAsString(p.specAttributes())).param("tenant", tenant)
                .param("id", p.id()).update();
    }

    void updateSkuStatus(UUID tenant, Sku sku) {
        jdbc.sql("""
                update sku set status = :status, version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id""")
                .param("status", sku.status().name()).param("tenant", tenant).param("id", sku.id()).update();
    }

    /** A list price without a validity window, for a SKU just created. */
    void insertListPrice(UUID tenant, UUID skuId, long priceFen) {
        jdbc.sql("""
                insert into sku_price(id, tenant_id, sku_id, kind, price_fen, created_at)
                values (:id, :tenant, :sku, 'LIST', :price, now())""")
                .param("id", Ids.next()).param("tenant", tenant).param("sku", skuId)
                .param("price", priceFen).update();
    }

    private List<Sku> skus(UUID tenant, UUID productId) {
        return jdbc.sql("""
                select k.id, k.code, k.name, k.specs::text as specs, k.status,
                       array(select b.code from barcode b where b.tenant_id = k.tenant_id and b.sku_id = k.id
                             order by b.code) as barcodes
                from sku k where k.tenant_id = :tenant and k.spu_id = :spu order by k.created_at, k.code""")
                .param("tenant", tenant).param("spu", productId)
                .query((rs, n) -> new Sku(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                        json.readValue(rs.getString("specs"), new TypeReference<Map<String, String>>() { }),
                        Sku.SkuStatus.valueOf(rs.getString("status")), strings(rs.getArray("barcodes"))))
                .list();
    }

    private Product map(ResultSet rs, List<Sku> skus) throws SQLException {
        return new Product(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getObject("category_id", UUID.class),
                rs.getObject("brand_id", UUID.class), rs.getString("unit"), rs.getString("description"),
                json.readValue(rs.getString("spec_attributes"), new TypeReference<List<SpecAttribute>>() { }),
                Product.ProductStatus.valueOf(rs.getString("status")), channelSet(rs.getArray("channels")), skus,
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    static String[] channels(Set<SalesChannel> channels) {
        return channels.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    static Set<SalesChannel> channelSet(Array array) throws SQLException {
        Set<SalesChannel> set = EnumSet.noneOf(SalesChannel.class);
        strings(array).stream().map(SalesChannel::valueOf).forEach(set::add);
        return set;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
