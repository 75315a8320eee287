package io.oneshelf.social.group;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The groups of group buys ({@code group_buy_group}). A group's row is the lock its places are taken under
 * ({@link #lock}): joins, payments and the expiry of one group take their turn on it, so it is never over-filled.
 */
@Repository
class Groups {

    /** A campaign's groups counted by where they are, and its members by theirs. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "GroupBuyProgress")
    record Progress(int opening, int open, int succeeded, int succeededWithVirtual, int failed, int membersPaid,
                    int membersPending, int membersRefunded, int virtualMembers) {
    }

    private final JdbcClient jdbc;

    Groups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID brandId, Group g) {
        jdbc.sql("""
                        insert into group_buy_group(id, tenant_id, group_buy_id, code, leader_id, status, size,
                            created_at)
                        values (:id, :tenant, :campaign, :code, :leader, :status, :size, :at)""")
                .param("id", g.id()).param("tenant", brandId).param("campaign", g.groupBuyId())
                .param("code", g.code()).param("leader", g.leaderId()).param("status", g.status().name())
                .param("size", g.size()).param("at", g.createdAt()).update();
    }

    Optional<Group> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from group_buy_group where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(Groups::group).optional();
    }

    Optional<Group> byCode(UUID brandId, String code) {
        return jdbc.sql("select * from group_buy_group where tenant_id = :tenant and code = :code")
                .param("tenant", brandId).param("code", code).query(Groups::group).optional();
    }

    /** The group locked until the transaction ends. */
    Optional<Group> lock(UUID brandId, UUID id) {
        return jdbc.sql("select * from group_buy_group where tenant_id = :tenant and id = :id for update")
                .param("tenant", brandId).param("id", id).query(Groups::group).optional();
    }

    /** A campaign's groups (of one status, null: any), newest first, before the id {@code before} (null: newest). */
    List<Group> ofCampaign(UUID brandId, UUID campaignId, String status, UUID before, int limit) {
        return jdbc.sql("""
                        select * from group_buy_group where tenant_id = :tenant and group_buy_id = :campaign
                        and (cast(:status as text) is null or status = :status)
                        and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("tenant", brandId).param("campaign", campaignId).param("status", status)
                .param("before", before).param("limit", limit).query(Groups::group).list();
    }

    void save(UUID brandId, Group g) {
        jdbc.sql("""
                        update group_buy_group set status = :status, virtual_members = :virtual, opened_at = :opened,
                            expires_at = :expires, closed_at = :closed
                        where tenant_id = :tenant and id = :id""")
                .param("tenant", brandId).param("id", g.id()).param("status", g.status().name())
                .param("virtual", g.virtualMembers()).param("opened", g.openedAt()).param("expires", g.expiresAt())
                .param("closed", g.closedAt()).update();
    }

    /**
     * Up to {@code limit} open groups of any brand whose time ran out, each locked and skipped by any other instance
     * sweeping at the same time ({@code for update skip locked}), with their brand.
     */
    List<Due> claimDue(int limit) {
        return jdbc.sql("""
                        select tenant_id, id from group_buy_group where status = 'OPEN' and expires_at <= now()
                        order by expires_at limit :limit for update skip locked""")
                .param("limit", limit)
                .query((rs, n) -> new Due(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class)))
                .list();
    }

    record Due(UUID brandId, UUID groupId) {
    }

    Progress progress(UUID brandId, UUID campaignId) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'OPENING') as opening,
                            count(*) filter (where status = 'OPEN') as open,
                            count(*) filter (where status = 'SUCCEEDED') as succeeded,
                            count(*) filter (where status = 'SUCCEEDED' and virtual_members > 0) as with_virtual,
                            count(*) filter (where status = 'FAILED') as failed,
                            coalesce(sum(virtual_members), 0) as virtual_members,
                            (select count(*) filter (where status = 'PAID') from group_buy_member m
                             where m.tenant_id = :tenant and m.group_buy_id = :campaign) as paid,
                            (select count(*) filter (where status = 'PENDING') from group_buy_member m
                             where m.tenant_id = :tenant and m.group_buy_id = :campaign) as pending,
                            (select count(*) filter (where status = 'REFUNDED') from group_buy_member m
                             where m.tenant_id = :tenant and m.group_buy_id = :campaign) as refunded
                        from group_buy_group where tenant_id = :tenant and group_buy_id = :campaign""")
                .param("tenant", brandId).param("campaign", campaignId)
                .query((rs, n) -> new Progress(rs.getInt("opening"), rs.getInt("open"), rs.getInt("succeeded"),
                        rs.getInt("with_virtual"), rs.getInt("failed"), rs.getInt("paid"), rs.getInt("pending"),
                        rs.getInt("refunded"), rs.getInt("virtual_members"))).single();
    }

    private static Group group(ResultSet rs, int n) throws SQLException {
        return new Group(rs.getObject("id", UUID.class), rs.getObject("group_buy_id", UUID.class),
                rs.getString("code"), rs.getObject("leader_id", UUID.class),
                GroupStatus.valueOf(rs.getString("status")), rs.getInt("size"), rs.getInt("virtual_members"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class));
    }
}
