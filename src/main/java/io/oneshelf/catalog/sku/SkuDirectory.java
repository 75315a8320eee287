package io.oneshelf.catalog.sku;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class SkuDirectory implements SkuCatalog {

    private final JdbcClient jdbc;

    SkuDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, SkuRef> find(UUID tenantId, Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, spu_id, code, name from sku where tenant_id = :tenant and id = any(:ids)")
                .param("tenant", tenantId).param("ids", skuIds.toArray(UUID[]::new))
                .query((rs, n) -> new SkuRef(rs.getObject("id", UUID.class), rs.getObject("spu_id", UUID.class),
                        rs.getString("code"), rs.getString("name")))
                .list().stream().collect(Collectors.toMap(SkuRef::id, Function.identity()));
    }
}
