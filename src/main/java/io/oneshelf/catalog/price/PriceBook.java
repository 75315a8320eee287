package io.oneshelf.catalog.price;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.price.PricePolicy.StoreOverride;
import io.oneshelf.platform.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The price rows of a tenant's SKUs and the tenant's price policy. */
@Repository
class PriceBook {

    /** The policy as stored, with its version for optimistic locking (0 when the brand never chose one). */
    record StoredPolicy(StoreOverride storeOverride, int bandPercent, int version) {

        PricePolicy policy() {
            return new PricePolicy(storeOverride, bandPercent);
        }
    }

    private final JdbcClient jdbc;

    PriceBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean skuExists(UUID tenant, UUID skuId) {
        return jdbc.sql("select exists(select 1 from sku where tenant_id = :tenant and id = :id)")
                .param("tenant", tenant).param("id", skuId).query(Boolean.class).single();
    }

    String skuCode(UUID tenant, UUID skuId) {
        return jdbc.sql("select code from sku where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", skuId).query(String.class).single();
    }

    List<PriceRow> rows(UUID tenant, UUID skuId) {
        return jdbc.sql("""
                select * from sku_price where tenant_id = :tenant and sku_id = :sku
                order by kind, tier_code, channel, store_id, valid_from nulls first""")
                .param("tenant", tenant).param("sku", skuId).query(PriceBook::map).list();
    }

    /** The rows of each of these SKUs (none listed for a SKU without rows), in one read. */
    Map<UUID, List<PriceRow>> rows(UUID tenant, Collection<UUID> skuIds) {
        return bySku(jdbc.sql("""
                select * from sku_price where tenant_id = :tenant and sku_id = any(:skus)
                order by sku_id, kind, tier_code, channel, store_id, valid_from nulls first""")
                .param("tenant", tenant).param("skus", skuIds.toArray(UUID[]::new)));
    }

    /** The rows of every SKU of the tenant, in one read (a till's full copy of the catalog). */
    Map<UUID, List<PriceRow>> rows(UUID tenant) {
        return bySku(jdbc.sql("""
                select * from sku_price where tenant_id = :tenant
                order by sku_id, kind, tier_code, channel, store_id, valid_from nulls first""")
                .param("tenant", tenant));
    }

    private static Map<UUID, List<PriceRow>> bySku(JdbcClient.StatementSpec statement) {
        Map<UUID, List<PriceRow>> bySku = new HashMap<>();
        statement.query((rs, n) -> Map.entry(rs.getObject("sku_id", UUID.class), map(rs, n))).list()
                .forEach(e -> bySku.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return bySku;
    }

    void replace(UUID tenant, UUID skuId, List<PriceRow> rows) {
        jdbc.sql("delete from sku_price where tenant_id = :tenant and sku_id = :sku")
                .param("tenant", tenant).param("sku", skuId).update();
        for (PriceRow r : rows) {
            jdbc.sql("""
                    insert into sku_price(id, tenant_id, sku_id, kind, tier_code, channel, store_id, price_fen,
                                          valid_from, valid_to, created_at)
                    values (:id, :tenant, :sku, :kind, :tier, :channel, :store, :price, :from, :to, now())""")
                    .param("id", Ids.next()).param("tenant", tenant).param("sku", skuId)
                    .param("kind", r.kind().name()).param("tier", r.tierCode())
                    .param("channel", r.channel() == null ? null : r.channel().name()).param("store", r.storeId())
                    .param("price", r.priceFen()).param("from", utc(r.validFrom())).param("to", utc(r.validTo()))
                    .update();
        }
    }

    StoredPolicy policy(UUID tenant) {
        return jdbc.sql("select * from price_policy where tenant_id = :tenant").param("tenant", tenant)
                .query((rs, n) -> new StoredPolicy(StoreOverride.valueOf(rs.getString("store_override")),
                        rs.getInt("band_percent"), rs.getInt("version")))
                .optional().orElse(new StoredPolicy(StoreOverride.FORBIDDEN, 0, 0));
    }

    /**
     * Saves the policy if nobody changed it since {@code expectedVersion}; false otherwise. The caller checks the
     * version of a policy never stored (0) beforehand.
     */
    boolean savePolicy(UUID tenant, PricePolicy p, int expectedVersion) {
        return jdbc.sql("""
                insert into price_policy(tenant_id, store_override, band_percent, version, updated_at)
                values (:tenant, :override, :band, 1, now())
                on conflict (tenant_id) do update set store_override = excluded.store_override,
                    band_percent = excluded.band_percent, version = price_policy.version + 1, updated_at = now()
                where price_policy.version = :version""")
                .param("tenant", tenant).param("override", p.storeOverride().name()).param("band", p.bandPercent())
                .param("version", expectedVersion).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static PriceRow map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime from = rs.getObject("valid_from", OffsetDateTime.class);
        OffsetDateTime to = rs.getObject("valid_to", OffsetDateTime.class);
        String channel = rs.getString("channel");
        return new PriceRow(PriceKind.valueOf(rs.getString("kind")), rs.getString("tier_code"),
                channel == null ? null : SalesChannel.valueOf(channel), rs.getObject("store_id", UUID.class),
                rs.getLong("price_fen"), from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
    }
}
