package io.oneshelf.catalog.price;

import io.oneshelf.catalog.SkuFeed;
import io.oneshelf.catalog.SkuRef;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
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
 * {@link SkuFeed}: the SKUs (with their barcodes) in one statement, their price rows in a second, each priced in
 * memory by {@link PriceResolution}. Which SKUs changed is told by {@code sku.feed_at}, which the database stamps
 * whenever a SKU, its product, barcodes or price rows are written (V78, decision 0046).
 */
@Component
class CatalogFeed implements SkuFeed {

    private static final String SKUS = """
            select k.id, k.spu_id, k.code, k.name, k.status = 'ACTIVE' as active, p.name as product_name,
                   k.specs::text as specs,
                   array(select b.code from barcode b where b.tenant_id = k.tenant_id and b.sku_id = k.id
                         order by b.code) as barcodes
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
        List<Read> read = jdbc.sql(SKUS + (full ? "" : " " + CHANGED) + " order by k.code")
                .param("tenant", tenantId)
                .param("since", full ? null : utc(ask.since())).param("asOf", utc(asOf))
                .query(this::read).list();
        Map<UUID, List<PriceRow>> rows = book.rows(tenantId, read.stream().map(r -> r.sku.id()).toList());
        PricePolicy policy = book.policy(tenantId).policy();
        List<FeedSku> skus = read.stream().map(r -> priced(r, new PriceRules(rows.getOrDefault(r.sku.id(),
                List.of()), policy), ask, asOf)).toList();
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

    private static FeedSku priced(Read r, PriceRules rules, Ask ask, Instant at) {
        UUID id = r.sku.id();
        Optional<ResolvedPrice> price = PriceResolution.resolve(rules, new PriceQuery(id, ask.channel(),
                ask.storeId(), null, at));
        Map<String, Long> tiers = new LinkedHashMap<>();
        if (price.isPresent()) {
            for (String tier : ask.tierCodes()) {
                PriceResolution.resolve(rules, new PriceQuery(id, ask.channel(), ask.storeId(), tier, at))
                        .filter(p -> p.rule() == PriceKind.TIER).ifPresent(p -> tiers.put(tier, p.priceFen()));
            }
        }
        return new FeedSku(r.sku, r.barcodes, price.map(ResolvedPrice::priceFen).orElse(null), tiers);
    }

    private Read read(ResultSet rs, int n) throws SQLException {
        Array barcodes = rs.getArray("barcodes");
        SkuRef sku = new SkuRef(rs.getObject("id", UUID.class), rs.getObject("spu_id", UUID.class),
                rs.getString("code"), rs.getString("name"), rs.getBoolean("active"), rs.getString("product_name"),
                json.readValue(rs.getString("specs"), SPECS));
        return new Read(sku, Arrays.asList((String[]) barcodes.getArray()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private record Read(SkuRef sku, List<String> barcodes) {
    }
}
