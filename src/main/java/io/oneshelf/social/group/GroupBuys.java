package io.oneshelf.social.group;

import io.oneshelf.order.OrderChannel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.oneshelf.social.share.CampaignDesk;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Group buy campaigns ({@code group_buy}); every statement names the brand. A campaign's {@code sold} grows only by
 * {@link #take}, a conditional update within the allocation whose row lock lasts until the order's transaction ends.
 */
@Repository
class GroupBuys implements CampaignDesk.Store<GroupBuy> {

    private final JdbcClient jdbc;

    GroupBuys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<GroupBuy> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from group_buy where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(GroupBuys::campaign).optional();
    }

    List<GroupBuy> page(UUID brandId, UUID after, int limit) {
        return jdbc.sql("select * from group_buy where tenant_id = :tenant and id > :after order by id limit :limit")
                .param("tenant", brandId).param("after", after).param("limit", limit)
                .query(GroupBuys::campaign).list();
    }

    /** The brand's campaigns running now that sell online, soonest ending first (at most 100). */
    List<GroupBuy> runningOnline(UUID brandId) {
        return jdbc.sql("""
                        select * from group_buy where tenant_id = :tenant and active and starts_at <= now()
                        and ends_at > now() and (channels = '{}' or 'ONLINE' = any(channels))
                        order by ends_at, id limit 100""")
                .param("tenant", brandId).query(GroupBuys::campaign).list();
    }

    @Override
    public void insert(UUID brandId, GroupBuy g) {
        jdbc.sql("""
                        insert into group_buy(id, tenant_id, name, sku_id, group_price, group_size, limit_minutes,
                            per_customer, allocation, sold, channels, store_ids, starts_at, ends_at, active, version,
                            created_at, updated_at)
                        values (:id, :tenant, :name, :sku, :price, :size, :limit, :perCustomer, :allocation, 0,
                            :channels, :stores, :starts, :ends, :active, 1, now(), now())""")
                .param("id", g.id()).param("tenant", brandId).params(values(g)).update();
    }

    /** Saves the campaign if nobody changed it since {@code version} (its SKU and sold count stay); false otherwise. */
    @Override
    public boolean update(UUID brandId, GroupBuy g, int version) {
        return jdbc.sql("""
                        update group_buy set name = :name, group_price = :price, group_size = :size,
                            limit_minutes = :limit, per_customer = :perCustomer, allocation = :allocation,
                            channels = :channels, store_ids = :stores, starts_at = :starts, ends_at = :ends,
                            active = :active, version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and version = :version""")
                .param("id", g.id()).param("tenant", brandId).param("version", version).params(values(g))
                .update() == 1;
    }

    @Override
    public boolean activate(UUID brandId, UUID id, boolean active) {
        return jdbc.sql("""
                        update group_buy set active = :active, version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and active <> :active""")
                .param("tenant", brandId).param("id", id).param("active", active).update() == 1;
    }

    /** The campaign locked until the transaction ends (a change checks its sold count against the new allocation). */
    @Override
    public Optional<GroupBuy> lock(UUID brandId, UUID id) {
        return jdbc.sql("select * from group_buy where tenant_id = :tenant and id = :id for update")
                .param("tenant", brandId).param("id", id).query(GroupBuys::campaign).optional();
    }

    /** Counts one more unit sold unless the allocation is gone; false then. */
    boolean take(UUID brandId, UUID id) {
        return jdbc.sql("""
                        update group_buy set sold = sold + 1
                        where tenant_id = :tenant and id = :id and sold + 1 <= allocation""")
                .param("tenant", brandId).param("id", id).update() == 1;
    }

    /** Gives one unit back to the allocation (its order was cancelled). */
    void giveBack(UUID brandId, UUID id) {
        jdbc.sql("update group_buy set sold = sold - 1 where tenant_id = :tenant and id = :id and sold > 0")
                .param("tenant", brandId).param("id", id).update();
    }

    private static Map<String, Object> values(GroupBuy g) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", g.name());
        v.put("sku", g.skuId());
        v.put("price", g.groupPrice());
        v.put("size", g.groupSize());
        v.put("limit", g.limitMinutes());
        v.put("perCustomer", g.perCustomer());
        v.put("allocation", g.allocation());
        v.put("channels", g.channels().stream().map(Enum::name).sorted().toArray(String[]::new));
        v.put("stores", g.storeIds().toArray(UUID[]::new));
        v.put("starts", g.startsAt());
        v.put("ends", g.endsAt());
        v.put("active", g.active());
        return v;
    }

    private static GroupBuy campaign(ResultSet rs, int n) throws SQLException {
        return new GroupBuy(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("sku_id", UUID.class),
                rs.getLong("group_price"), rs.getInt("group_size"), rs.getInt("limit_minutes"),
                rs.getInt("per_customer"), rs.getInt("allocation"), rs.getInt("sold"),
                Arrays.stream((String[]) rs.getArray("channels").getArray()).map(OrderChannel::valueOf)
                        .collect(Collectors.toSet()), Set.of((UUID[]) rs.getArray("store_ids").getArray()),
                rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
                rs.getBoolean("active"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
