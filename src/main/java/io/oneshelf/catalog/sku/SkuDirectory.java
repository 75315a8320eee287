package io.oneshelf.catalog.sku;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class SkuDirectory implements SkuCatalog {

    private static final String COLUMNS = "id, spu_id, code, name, status = 'ACTIVE' as active";

    private final JdbcClient jdbc;

    SkuDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, SkuRef> find(UUID tenantId, Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLUMNS + " from sku where tenant_id = :tenant and id = any(:ids)")
                .param("tenant", tenantId).param("ids", skuIds.toArray(UUID[]::new))
                .query(SkuDirectory::ref)
                .list().stream().collect(Collectors.toMap(SkuRef::id, Function.identity()));
    }

    @Override
    public List<SkuRef> all(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from sku where tenant_id = :tenant order by code")
                .param("tenant", tenantId).query(SkuDirectory::ref).list();
    }

    private static SkuRef ref(ResultSet rs, int n) throws SQLException {
        return new SkuRef(rs.getObject("id", UUID.class), rs.getObject("spu_id", UUID.class), rs.getString("code"),
                rs.getString("name"), rs.getBoolean("active"));
    }
}
