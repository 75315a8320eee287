package io.oneshelf.catalog.price;

import io.oneshelf.catalog.SkuFeed;
import io.oneshelf.catalog.SkuRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link SkuFeed}: the SKUs in one statement, their barcodes in a second and their price rows in a third (each by the
 * tenant alone for a full copy), each SKU priced in memory by {@link PriceResolution}. Which SKUs changed is told by {@code sku.feed_at}, which the database stamps
 * whenever a SKU, its product, barcodes or price rows are written (V78, decision 0046).
 */
@Component
class CatalogFeed implements SkuFeed {

    private static final String SKUS = """
            select k.id, k.spu_id, k.code, k.name, k.status = 'ACTIVE' as active, p.name as product_name,
                   k.specs::text as specs
            from sku k join spu p on p.tenant_id = k.tenant_id and p.id = k.spu_id
            where k.tenant_id = :tenant""";
    /** Changed since: written, or a price row of it started or ended in between (a scheduled price change). */
    private static final String CHANGED = """
            and (k.feed_at >= :since or k.id in (
                  select r.sku_id from sku_price r where r.tenant_id = :tenant
                  and (r.valid_from > :since and r.valid_from <= :asOf or r.valid_to > :since and r.valid_to <= :asOf)))""";
    private static final TypeReference<Map<String, String>> SPECS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PriceBook book;

    CatalogFeed(JdbcClient jdbc, JsonMapper json, PriceBook book) {
        this.jdbc = jdbc;
        this.json = json;
        this.book = book;
    }

    @Override
    @Transactional(readOnly = true)
    public Changes changes(UUID tenantId, Ask ask) {
        Instant asOf = asOf();
        boolean full = ask.since() == null || policyChangedSince(tenantId, ask.since());
        List<SkuRef> read = jdbc.sql(SKUS + (full ? "" : " " + CHANGED) + " order by k.code")
                .param("tenant", tenantId)
                .param("since", full ? null : utc(ask.since())).param("asOf", utc(asOf))
                .query(this::sku).list();
        List<UUID> ids = read.stream().map(SkuRef::id).toList();
        Map<UUID, List<String>> barcodes = barcodes(tenantId, full ? null : ids);
        Map<UUID, List<PriceRow>> rows = full ? book.rows(tenantId) : book.rows(tenantId, ids);
        PricePolicy policy = book.policy(tenantId).policy();
        List<FeedSku> skus = read.stream().map(k -> priced(k, barcodes.getOrDefault(k.id(), List.of()),
                new PriceRules(rows.getOrDefault(k.id(), List.of()), policy), ask, asOf)).toList();
        return new Changes(asOf, full, skus);
    }

    /**
     * Now, held back to the start of the oldest transaction still open: a change it commits later carries a
     * feed_at from before now, and must still fall after the asOf the device will send as its next since.
     */
    private Instant asOf() {
        return jdbc.sql("""
                select least(clock_timestamp(), (select min(xact_start) from pg_stat_activity
                                                 where datname = current_database() and pid <> pg_backend_pid()
                                                 and xact_start is not null))""")
                .query(OffsetDateTime.class).single().toInstant();
    }

    private boolean policyChangedSince(UUID tenantId, Instant since) {
        return jdbc.sql("select exists(select 1 from price_policy where tenant_id = :tenant and updated_at >= :since)")
                .param("tenant", tenantId).param("since", utc(since)).query(Boolean.class).single();
    }

    /**
     * The barcodes of these SKUs (null: of every SKU of the tenant), in their own statement: a subquery or join per
     * SKU was planned as a nested loop over the tenant's every barcode while the statistics did not yet know a
     * freshly imported catalog (20 s for 10,000 SKUs).
     */
    private Map<UUID, List<String>> barcodes(UUID tenantId, List<UUID> skuIds) {
        Map<UUID, List<String>> bySku = new HashMap<>();
        jdbc.sql("select sku_id, code from barcode where tenant_id = :tenant"
                        + (skuIds == null ? "" : " and sku_id = any(:ids)") + " order by code")
                .param("tenant", tenantId).param("ids", skuIds == null ? null : skuIds.toArray(UUID[]::new))
                .query((rs, n) -> bySku.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return bySku;
    }

    private static FeedSku priced(SkuRef sku, List<String> barcodes, PriceRules rules, Ask ask, Instant at) {
        UUID id = sku.id();
        Optional<ResolvedPrice> price = PriceResolution.resolve(rules, new PriceQuery(id, ask.channel(),
                ask.storeId(), null, at));
        Map<String, Long> tiers = new LinkedHashMap<>();
        if (price.isPresent()) {
            for (String tier : ask.tierCodes()) {
                PriceResolution.resolve(rules, new PriceQuery(id, ask.channel(), ask.storeId(), tier, at))
                        .filter(p -> p.rule() == PriceKind.TIER).ifPresent(p -> tiers.put(tier, p.priceFen()));
            }
        }
        return new FeedSku(sku, barcodes, price.map(ResolvedPrice::priceFen).orElse(null), tiers);
    }

    private SkuRef sku(ResultSet rs, int n) throws SQLException {
        return new SkuRef(rs.getObject("id", UUID.class), rs.getObject("spu_id", UUID.class), rs.getString("code"),
                rs.getString("name"), rs.getBoolean("active"), rs.getString("product_name"),
                json.readValue(rs.getString("specs"), SPECS));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
