package io.oneshelf.promotion.rule;

import io.oneshelf.order.OrderChannel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The brands' automatic promotions ({@code promotion}). Every statement names the brand. */
@Repository
class Promotions {

    private static final TypeReference<List<Tier>> TIERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Promotions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The brand's active promotions whose window includes {@code at}. */
    List<Promotion> running(UUID brandId, Instant at) {
        return jdbc.sql("""
                        select * from promotion where tenant_id = :tenant and active and ends_at > :at
                        and starts_at <= :at""")
                .param("tenant", brandId).param("at", at.atOffset(java.time.ZoneOffset.UTC))
                .query(this::map).list();
    }

    /** The brand's active promotions that have not ended at {@code at}: running, or starting later. */
    List<Promotion> notEnded(UUID brandId, Instant at) {
        // in the stacking order (AutomaticPromotions.ORDER), so that a till offline applies them as listed
        return jdbc.sql("select * from promotion where tenant_id = :tenant and active and ends_at > :at"
                        + " order by priority desc, created_at, id")
                .param("tenant", brandId).param("at", at.atOffset(java.time.ZoneOffset.UTC))
                .query(this::map).list();
    }

    Optional<Promotion> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from promotion where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(this::map).optional();
    }

    /** The brand's promotions by id, after {@code after}, at most {@code limit}. */
    List<Promotion> page(UUID brandId, UUID after, int limit) {
        return jdbc.sql("select * from promotion where tenant_id = :tenant and id > :after order by id limit :limit")
                .param("tenant", brandId).param("after", after).param("limit", limit).query(this::map).list();
    }

    void insert(UUID brandId, Promotion p) {
        jdbc.sql("""
                        insert into promotion(id, tenant_id, name, kind, tiers, percent_off, buy, get, sku_ids,
                            category_ids, channels, store_ids, starts_at, ends_at, priority, exclusive, active, version,
                            created_at, updated_at)
                        values (:id, :tenant, :name, :kind, cast(:tiers as jsonb), :percent, :buy, :get, :skus,
                            :categories, :channels, :stores, :starts, :ends, :priority, :exclusive, :active, 1, now(),
                            now())""")
                .param("id", p.id()).param("tenant", brandId).params(values(p)).update();
    }

    /** Saves the promotion if nobody changed it since {@code version}; false otherwise. */
    boolean update(UUID brandId, Promotion p, int version) {
        return jdbc.sql("""
                        update promotion set name = :name, kind = :kind, tiers = cast(:tiers as jsonb),
                            percent_off = :percent, buy = :buy, get = :get, sku_ids = :skus,
                            category_ids = :categories, channels = :channels, store_ids = :stores,
                            starts_at = :starts, ends_at = :ends, priority = :priority, exclusive = :exclusive,
                            active = :active, version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and version = :version""")
                .param("id", p.id()).param("tenant", brandId).param("version", version).params(values(p))
                .update() == 1;
    }

    private java.util.Map<String, Object> values(Promotion p) {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        v.put("name", p.name());
        v.put("kind", p.kind().name());
        v.put("tiers", json.writeValueAsString(p.tiers()));
        v.put("percent", p.percentOff());
        v.put("buy", p.buy());
        v.put("get", p.get());
        v.put("skus", p.skuIds().toArray(UUID[]::new));
        v.put("categories", p.categoryIds().toArray(UUID[]::new));
        v.put("channels", p.channels().stream().map(Enum::name).sorted().toArray(String[]::new));
        v.put("stores", p.storeIds().toArray(UUID[]::new));
        v.put("starts", p.startsAt());
        v.put("ends", p.endsAt());
        v.put("priority", p.priority());
        v.put("exclusive", p.exclusive());
        v.put("active", p.active());
        return v;
    }

    private Promotion map(ResultSet rs, int n) throws SQLException {
        return new Promotion(rs.getObject("id", UUID.class), rs.getString("name"),
                PromotionKind.valueOf(rs.getString("kind")), json.readValue(rs.getString("tiers"), TIERS),
                (Integer) rs.getObject("percent_off"), (Integer) rs.getObject("buy"), (Integer) rs.getObject("get"),
                uuids(rs.getArray("sku_ids")), uuids(rs.getArray("category_ids")),
                Arrays.stream((String[]) rs.getArray("channels").getArray()).map(OrderChannel::valueOf)
                        .collect(Collectors.toSet()),
                uuids(rs.getArray("store_ids")), rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class), rs.getInt("priority"), rs.getBoolean("exclusive"),
                rs.getBoolean("active"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return Set.of((UUID[]) array.getArray());
    }
}
