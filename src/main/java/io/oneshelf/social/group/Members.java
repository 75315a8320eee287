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
 * The places taken in groups ({@code group_buy_member}), one per order: PENDING while the order is unpaid, PAID,
 * RELEASED (cancelled unpaid) or REFUNDED (cancelled paid). Changes are conditional on the status read, so that an
 * event heard twice changes nothing the second time.
 */
@Repository
class Members {

    enum Status { PENDING, PAID, RELEASED, REFUNDED }

    record Member(UUID id, UUID groupId, UUID groupBuyId, UUID customerId, UUID orderId, String orderNumber,
                  Status status, OffsetDateTime joinedAt, OffsetDateTime paidAt) {
    }

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID brandId, Member m) {
        jdbc.sql("""
                        insert into group_buy_member(id, tenant_id, group_id, group_buy_id, customer_id, order_id,
                            order_number, status, joined_at)
                        values (:id, :tenant, :group, :campaign, :customer, :order, :number, 'PENDING', now())""")
                .param("id", m.id()).param("tenant", brandId).param("group", m.groupId())
                .param("campaign", m.groupBuyId()).param("customer", m.customerId()).param("order", m.orderId())
                .param("number", m.orderNumber()).update();
    }

    Optional<Member> ofOrder(UUID brandId, UUID orderId) {
        return jdbc.sql("select * from group_buy_member where tenant_id = :tenant and order_id = :order")
                .param("tenant", brandId).param("order", orderId).query(Members::member).optional();
    }

    List<Member> ofGroup(UUID brandId, UUID groupId) {
        return jdbc.sql("select * from group_buy_member where tenant_id = :tenant and group_id = :group "
                        + "order by joined_at, id")
                .param("tenant", brandId).param("group", groupId).query(Members::member).list();
    }

    /** Places held in the group (pending or paid). */
    int holding(UUID brandId, UUID groupId) {
        return jdbc.sql("select count(*) from group_buy_member where tenant_id = :tenant and group_id = :group "
                        + "and status in ('PENDING', 'PAID')")
                .param("tenant", brandId).param("group", groupId).query(Integer.class).single();
    }

    int paid(UUID brandId, UUID groupId) {
        return jdbc.sql("select count(*) from group_buy_member where tenant_id = :tenant and group_id = :group "
                        + "and status = 'PAID'")
                .param("tenant", brandId).param("group", groupId).query(Integer.class).single();
    }

    /** Places the customer holds in the campaign's groups (pending or paid). */
    int heldBy(UUID brandId, UUID campaignId, UUID customerId) {
        return jdbc.sql("select count(*) from group_buy_member where tenant_id = :tenant and group_buy_id = :campaign "
                        + "and customer_id = :customer and status in ('PENDING', 'PAID')")
                .param("tenant", brandId).param("campaign", campaignId).param("customer", customerId)
                .query(Integer.class).single();
    }

    /** Whether the customer holds a place in the group already. */
    boolean isIn(UUID brandId, UUID groupId, UUID customerId) {
        return jdbc.sql("select exists (select 1 from group_buy_member where tenant_id = :tenant and group_id = :group "
                        + "and customer_id = :customer and status in ('PENDING', 'PAID'))")
                .param("tenant", brandId).param("group", groupId).param("customer", customerId)
                .query(Boolean.class).single();
    }

    /** Moves the member from {@code from} to {@code to}; false when it was not {@code from} any more. */
    boolean move(UUID brandId, UUID memberId, Status from, Status to) {
        return jdbc.sql("""
                        update group_buy_member set status = :to,
                            paid_at = case when :to = 'PAID' then now() else paid_at end,
                            closed_at = case when :to in ('RELEASED', 'REFUNDED') then now() else closed_at end
                        where tenant_id = :tenant and id = :id and status = :from""")
                .param("tenant", brandId).param("id", memberId).param("from", from.name()).param("to", to.name())
                .update() == 1;
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getObject("id", UUID.class), rs.getObject("group_id", UUID.class),
                rs.getObject("group_buy_id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("order_number"),
                Status.valueOf(rs.getString("status")), rs.getObject("joined_at", OffsetDateTime.class),
                rs.getObject("paid_at", OffsetDateTime.class));
    }
}
