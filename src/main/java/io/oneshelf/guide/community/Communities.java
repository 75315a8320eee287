package io.oneshelf.guide.community;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Community groups, their members and their activity. */
@Repository
class Communities {

    private static final String WITH_ACTIVITY = """
            select g.*,
                   (select count(*) from community_member m where m.group_id = g.id) as members,
                   (select count(*) from community_broadcast b where b.group_id = g.id) as broadcasts,
                   (select max(sent_at) from community_broadcast b where b.group_id = g.id) as last_broadcast_at,
                   (select count(*) from community_sale s join community_broadcast b on b.id = s.broadcast_id
                     where b.group_id = g.id) as orders,
                   (select coalesce(sum(s.amount), 0) from community_sale s
                     join community_broadcast b on b.id = s.broadcast_id where b.group_id = g.id) as sales
            from community_group g""";

    private final JdbcClient jdbc;

    Communities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID create(UUID brand, String name, UUID storeId, UUID guideId, String channel, String externalId) {
        UUID id = Ids.next();
        try {
            jdbc.sql("""
                            insert into community_group(id, tenant_id, name, store_id, guide_id, channel, external_id,
                                                        created_at)
                            values (:id, :brand, :name, :store, :guide, :channel, :external, now())""")
                    .param("id", id).param("brand", brand).param("name", name).param("store", storeId)
                    .param("guide", guideId).param("channel", channel).param("external", externalId).update();
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("externalId", "community.group.taken");
        }
        return id;
    }

    Optional<CommunityGroup> find(UUID brand, UUID id) {
        return jdbc.sql(WITH_ACTIVITY + " where g.tenant_id = :brand and g.id = :id").param("brand", brand)
                .param("id", id).query(Communities::group).optional();
    }

    /** The groups of some stores, or run by one guide, newest first. */
    List<CommunityGroup> list(UUID brand, Collection<UUID> stores, UUID guide, UUID before, int limit) {
        return jdbc.sql(WITH_ACTIVITY + """
                         where g.tenant_id = :brand and g.store_id in (:stores)
                          and (cast(:guide as uuid) is null or g.guide_id = :guide)
                          and (cast(:before as uuid) is null or g.id < :before)
                        order by g.id desc limit :limit""")
                .param("brand", brand).param("stores", stores.isEmpty() ? List.of(new UUID(0, 0)) : stores)
                .param("guide", guide).param("before", before).param("limit", limit)
                .query(Communities::group).list();
    }

    int join(UUID brand, UUID group, Collection<UUID> customers) {
        int added = 0;
        for (UUID c : customers) {
            added += jdbc.sql("""
                            insert into community_member(tenant_id, group_id, customer_id, joined_at)
                            values (:brand, :group, :customer, now()) on conflict do nothing""")
                    .param("brand", brand).param("group", group).param("customer", c).update();
        }
        return added;
    }

    List<UUID> members(UUID brand, UUID group) {
        return jdbc.sql("select customer_id from community_member where tenant_id = :brand and group_id = :group"
                        + " order by joined_at, customer_id")
                .param("brand", brand).param("group", group).query(UUID.class).list();
    }

    private static CommunityGroup group(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CommunityGroup(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("store_id", UUID.class), rs.getObject("guide_id", UUID.class), rs.getString("channel"),
                rs.getString("external_id"), rs.getObject("created_at", java.time.OffsetDateTime.class),
                rs.getLong("members"), rs.getLong("broadcasts"),
                rs.getObject("last_broadcast_at", java.time.OffsetDateTime.class), rs.getLong("orders"),
                rs.getLong("sales"));
    }
}
