package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.payment.Tender;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The top-ups ({@code wallet_topup}); a top-up turns CREDITED once, by a conditional update. */
@Repository
class TopUpBook {

    private final JdbcClient jdbc;

    TopUpBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TopUp t, String key) {
        jdbc.sql("""
                insert into wallet_topup(id, tenant_id, customer_id, plan_id, plan_name, principal, bonus, tender,
                                         place_id, owner_kind, owner_id, staff_id, status, key, created_at)
                values (:id, :tenant, :customer, :plan, :planName, :principal, :bonus, :tender, :place, :ownerKind,
                        :ownerId, :staff, 'PENDING', :key, :at)""")
                .param("id", t.id()).param("tenant", t.brandId()).param("customer", t.customerId())
                .param("plan", t.planId()).param("planName", t.planName()).param("principal", t.principal())
                .param("bonus", t.bonus()).param("tender", t.tender().name()).param("place", t.placeId())
                .param("ownerKind", t.owner().kind().name()).param("ownerId", t.owner().id())
                .param("staff", t.staffId()).param("key", key).param("at", t.createdAt())
                .update();
    }

    void paying(UUID brandId, UUID id, UUID paymentId, String payUrl) {
        jdbc.sql("update wallet_topup set payment_id = :payment, pay_url = :url where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).param("payment", paymentId).param("url", payUrl).update();
    }

    /** Marks a pending top-up credited; false when it already was (or is not the brand's). */
    boolean credited(UUID brandId, UUID id, UUID paymentId) {
        return jdbc.sql("""
                update wallet_topup set status = 'CREDITED', credited_at = now(), payment_id = :payment
                where tenant_id = :tenant and id = :id and status = 'PENDING'""")
                .param("tenant", brandId).param("id", id).param("payment", paymentId).update() == 1;
    }

    Optional<TopUp> find(UUID brandId, UUID id) {
        return jdbc.sql("select * from wallet_topup where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query((rs, n) -> topUp(rs)).optional();
    }

    /** The customer's top-ups, newest first, before {@code before} (null: from the newest). */
    List<TopUp> ofCustomer(UUID brandId, UUID customerId, UUID before, int limit) {
        return jdbc.sql("select * from wallet_topup where tenant_id = :tenant and customer_id = :customer"
                        + (before == null ? "" : " and id < :before") + " order by id desc limit :limit")
                .param("tenant", brandId).param("customer", customerId).param("before", before)
                .param("limit", limit).query((rs, n) -> topUp(rs)).list();
    }

    private static TopUp topUp(ResultSet rs) throws SQLException {
        return new TopUp(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getString("plan_name"), rs.getLong("principal"), rs.getLong("bonus"),
                Tender.valueOf(rs.getString("tender")), rs.getObject("place_id", UUID.class),
                new ValueOwner(ValueOwner.Kind.valueOf(rs.getString("owner_kind")),
                        rs.getObject("owner_id", UUID.class)),
                rs.getObject("staff_id", UUID.class), TopUp.Status.valueOf(rs.getString("status")),
                rs.getObject("payment_id", UUID.class), rs.getString("pay_url"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("credited_at", OffsetDateTime.class));
    }
}
