package io.oneshelf.catalog.sku;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuCategories;
import io.oneshelf.catalog.SkuRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Component
class SkuDirectory implements SkuCatalog, SkuCategories {

    private static final String SELECT = """
            select k.id, k.spu_id, k.code, k.name, k.status = 'ACTIVE' as active, p.name as product_name,
                   k.specs::text as specs
            from sku k join spu p on p.tenant_id = k.tenant_id and p.id = k.spu_id
            where k.tenant_id = :tenant""";
    private static final TypeReference<Map<String, String>> SPECS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SkuDirectory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Map<UUID, SkuRef> find(UUID tenantId, Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " and k.id = any(:ids)")
                .param("tenant", tenantId).param("ids", skuIds.toArray(UUID[]::new))
                .query(this::ref)
                .list().stream().collect(Collectors.toMap(SkuRef::id, Function.identity()));
    }

    @Override
    public Map<UUID, java.util.Set<UUID>> categoriesOf(UUID tenantId, Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, java.util.Set<UUID>> of = new java.util.HashMap<>();
        jdbc.sql("""
                        with recursive up(sku_id, category_id) as (
                            select k.id, p.category_id from sku k
                            join spu p on p.tenant_id = k.tenant_id and p.id = k.spu_id
                            where k.tenant_id = :tenant and k.id = any(:ids)
                            union
                            select up.sku_id, c.parent_id from up join category c on c.id = up.category_id
                            where c.tenant_id = :tenant and c.parent_id is not null)
                        select sku_id, category_id from up""")
                .param("tenant", tenantId).param("ids", skuIds.toArray(UUID[]::new))
                .query((rs, n) -> of.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.HashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return of;
    }

    @Override
    public Map<String, SkuRef> findByCodes(UUID tenantId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " and k.code = any(:codes)")
                .param("tenant", tenantId).param("codes", codes.toArray(String[]::new))
                .query(this::ref)
                .list().stream().collect(Collectors.toMap(SkuRef::code, Function.identity()));
    }

    @Override
    public Optional<SkuRef> findByBarcode(UUID tenantId, String barcode) {
        return jdbc.sql(SELECT + " and k.id = (select b.sku_id from barcode b where b.tenant_id = :tenant"
                        + " and b.code = :code)")
                .param("tenant", tenantId).param("code", barcode).query(this::ref).optional();
    }

    @Override
    public List<SkuRef> all(UUID tenantId) {
        return jdbc.sql(SELECT + " order by k.code").param("tenant", tenantId).query(this::ref).list();
    }

    private SkuRef ref(ResultSet rs, int n) throws SQLException {
        return new SkuRef(rs.getObject("id", UUID.class), rs.getObject("spu_id", UUID.class), rs.getString("code"),
                rs.getString("name"), rs.getBoolean("active"), rs.getString("product_name"),
                json.readValue(rs.getString("specs"), SPECS));
    }
}
