package io.oneshelf.order.booking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The brands' made-to-order settings per SKU ({@code made_to_order}): made to order or not, and the lead time. */
@Repository
class MadeToOrderStore {

    /** A SKU's setting: made to order (holding no stock) with {@code leadHours} from order to the earliest pickup. */
    record Setting(UUID skuId, boolean madeToOrder, int leadHours, int version) {
    }

    private final JdbcClient jdbc;

    MadeToOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Setting> find(UUID brandId, UUID skuId) {
        return jdbc.sql("select * from made_to_order where tenant_id = :t and sku_id = :s")
                .param("t", brandId).param("s", skuId).query((rs, n) -> new Setting(rs.getObject("sku_id", UUID.class),
                        rs.getBoolean("made"), rs.getInt("lead_hours"), rs.getInt("version"))).optional();
    }

    List<Setting> all(UUID brandId) {
        return jdbc.sql("select * from made_to_order where tenant_id = :t order by sku_id")
                .param("t", brandId).query((rs, n) -> new Setting(rs.getObject("sku_id", UUID.class),
                        rs.getBoolean("made"), rs.getInt("lead_hours"), rs.getInt("version"))).list();
    }

    /** Lead hours of those of the SKUs that are made to order. */
    Map<UUID, Integer> madeToOrder(UUID brandId, Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select sku_id, lead_hours from made_to_order where tenant_id = :t and made and sku_id in (:s)")
                .param("t", brandId).param("s", skuIds)
                .query((rs, n) -> Map.entry(rs.getObject("sku_id", UUID.class), rs.getInt("lead_hours"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Saves the setting if nobody changed it since {@code version} (0: the SKU has none yet); false otherwise. */
    boolean save(UUID brandId, UUID skuId, boolean made, int leadHours, int version) {
        if (version == 0) {
            return jdbc.sql("""
                    insert into made_to_order(tenant_id, sku_id, made, lead_hours, version, updated_at)
                    values (:t, :s, :made, :lead, 1, now()) on conflict do nothing""")
                    .param("t", brandId).param("s", skuId).param("made", made).param("lead", leadHours)
                    .update() == 1;
        }
        return jdbc.sql("""
                update made_to_order set made = :made, lead_hours = :lead, version = version + 1, updated_at = now()
                where tenant_id = :t and sku_id = :s and version = :version""")
                .param("t", brandId).param("s", skuId).param("made", made).param("lead", leadHours)
                .param("version", version).update() == 1;
    }
}
