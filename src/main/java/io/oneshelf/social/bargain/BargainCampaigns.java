package io.oneshelf.social.bargain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import io.oneshelf.social.share.CampaignDesk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bargain campaigns ({@code bargain_campaign}); every statement names the brand. {@code sold} grows only by
 * {@link #take}, a conditional update within the allocation, in the transaction of the order that buys.
 */
@Repository
class BargainCampaigns implements CampaignDesk.Store<BargainCampaign> {

    private final JdbcClient jdbc;

    BargainCampaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BargainCampaign> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from bargain_campaign where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(BargainCampaigns::campaign).optional();
    }

    @Override
    public Optional<BargainCampaign> lock(UUID brandId, UUID id) {
        return jdbc.sql("select * from bargain_campaign where tenant_id = :tenant and id = :id for update")
                .param("tenant", brandId).param("id", id).query(BargainCampaigns::campaign).optional();
    }

    List<BargainCampaign> page(UUID brandId, UUID after, int limit) {
        return jdbc.sql("select * from bargain_campaign where tenant_id = :tenant and id > :after order by id "
                        + "limit :limit")
                .param("tenant", brandId).param("after", after).param("limit", limit)
                .query(BargainCampaigns::campaign).list();
    }

    List<BargainCampaign> running(UUID brandId) {
        return jdbc.sql("""
                        select * from bargain_campaign where tenant_id = :tenant and active and starts_at <= now()
                        and ends_at > now() order by ends_at, id limit 100""")
                .param("tenant", brandId).query(BargainCampaigns::campaign).list();
    }

    @Override
    public void insert(UUID brandId, BargainCampaign c) {
        jdbc.sql("""
                        insert into bargain_campaign(id, tenant_id, name, sku_id, start_price, floor_price,
                            helpers_needed, limit_minutes, helps_per_day, allocation, sold, starts_at, ends_at,
                            active, version, created_at, updated_at)
                        values (:id, :tenant, :name, :sku, :start, :floor, :helpers, :limit, :helps, :allocation, 0,
                            :starts, :ends, :active, 1, now(), now())""")
                .param("id", c.id()).param("tenant", brandId).params(values(c)).update();
    }

    @Override
    public boolean update(UUID brandId, BargainCampaign c, int version) {
        return jdbc.sql("""
                        update bargain_campaign set name = :name, start_price = :start, floor_price = :floor,
                            helpers_needed = :helpers, limit_minutes = :limit, helps_per_day = :helps,
                            allocation = :allocation, starts_at = :starts, ends_at = :ends, active = :active,
                            version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and version = :version""")
                .param("id", c.id()).param("tenant", brandId).param("version", version).params(values(c))
                .update() == 1;
    }

    @Override
    public boolean activate(UUID brandId, UUID id, boolean active) {
        return jdbc.sql("""
                        update bargain_campaign set active = :active, version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and active <> :active""")
                .param("tenant", brandId).param("id", id).param("active", active).update() == 1;
    }

    boolean take(UUID brandId, UUID id) {
        return jdbc.sql("update bargain_campaign set sold = sold + 1 where tenant_id = :tenant and id = :id "
                        + "and sold + 1 <= allocation")
                .param("tenant", brandId).param("id", id).update() == 1;
    }

    void giveBack(UUID brandId, UUID id) {
        jdbc.sql("update bargain_campaign set sold = sold - 1 where tenant_id = :tenant and id = :id and sold > 0")
                .param("tenant", brandId).param("id", id).update();
    }

    private static Map<String, Object> values(BargainCampaign c) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", c.name());
        v.put("sku", c.skuId());
        v.put("start", c.startPrice());
        v.put("floor", c.floorPrice());
        v.put("helpers", c.helpersNeeded());
        v.put("limit", c.limitMinutes());
        v.put("helps", c.helpsPerDay());
        v.put("allocation", c.allocation());
        v.put("starts", c.startsAt());
        v.put("ends", c.endsAt());
        v.put("active", c.active());
        return v;
    }

    private static BargainCampaign campaign(ResultSet rs, int n) throws SQLException {
        return new BargainCampaign(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("sku_id", UUID.class), rs.getLong("start_price"), rs.getLong("floor_price"),
                rs.getInt("helpers_needed"), rs.getInt("limit_minutes"), rs.getInt("helps_per_day"),
                rs.getInt("allocation"), rs.getInt("sold"), rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class), rs.getBoolean("active"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
