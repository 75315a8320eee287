package io.oneshelf.guide.sop;

import io.oneshelf.loyalty.WalletRefunded;
import io.oneshelf.loyalty.WalletSpent;
import io.oneshelf.loyalty.WalletToppedUp;
import io.oneshelf.loyalty.WalletTransferred;
import io.oneshelf.member.CustomerBirthdaySet;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.social.GroupJoined;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code sop_customer}, what the rules look at, from other modules' events: the first and last paid order,
 * the birthday, the wallet balance (each wallet event applied once: {@code sop_heard}), and the paid members of
 * group buys. A paid order also converts the customer's open results (a task whose window it falls in).
 */
@Component
class SopCustomers {

    private static final String UPSERT = "insert into sop_customer(tenant_id, customer_id) values (:brand, :customer)"
            + " on conflict do nothing";

    private final JdbcClient jdbc;

    SopCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrderPaid e) {
        if (e.customerId() == null) {
            return;
        }
        jdbc.sql(UPSERT).param("brand", e.brandId()).param("customer", e.customerId()).update();
        jdbc.sql("""
                        update sop_customer set first_paid_at = coalesce(first_paid_at, now()), last_paid_at = now()
                        where tenant_id = :brand and customer_id = :customer""")
                .param("brand", e.brandId()).param("customer", e.customerId()).update();
        jdbc.sql("""
                        update sop_task set converted_order_id = :order, converted_amount = :paid
                        where tenant_id = :brand and customer_id = :customer and converted_order_id is null
                          and created_at <= now() and result_until >= now()""")
                .param("brand", e.brandId()).param("customer", e.customerId()).param("order", e.orderId())
                .param("paid", e.paid()).update();
    }

    @ApplicationModuleListener
    void on(CustomerBirthdaySet e) {
        jdbc.sql(UPSERT).param("brand", e.brandId()).param("customer", e.customerId()).update();
        jdbc.sql("""
                        update sop_customer set birthday_month = :month, birthday_day = :day
                        where tenant_id = :brand and customer_id = :customer""")
                .param("brand", e.brandId()).param("customer", e.customerId()).param("month", e.month())
                .param("day", e.day()).update();
    }

    @ApplicationModuleListener
    void on(WalletToppedUp e) {
        wallet(e.brandId(), "topup:" + e.topUpId(), e.customerId(), e.principal() + e.bonus());
    }

    @ApplicationModuleListener
    void on(WalletSpent e) {
        wallet(e.brandId(), "spent:" + e.walletId() + ":" + e.paymentId() + ":" + e.reference(), e.customerId(),
                -(e.principal() + e.bonus()));
    }

    @ApplicationModuleListener
    void on(WalletRefunded e) {
        wallet(e.brandId(), "refund:" + e.refundId(), e.customerId(), e.principal() + e.bonus());
    }

    @ApplicationModuleListener
    void on(WalletTransferred e) {
        long moved = sum(e.parts());
        String key = "transfer:" + e.mergeId() + ":" + e.undo();
        wallet(e.brandId(), key + ":from", e.fromCustomerId(), -moved);
        wallet(e.brandId(), key + ":to", e.toCustomerId(), moved);
    }

    @ApplicationModuleListener
    void on(GroupJoined e) {
        jdbc.sql("insert into sop_group_join(tenant_id, group_id, customer_id) values (:brand, :group, :customer)"
                        + " on conflict do nothing")
                .param("brand", e.brandId()).param("group", e.groupId()).param("customer", e.customerId()).update();
    }

    private void wallet(UUID brand, String key, UUID customer, long delta) {
        int first = jdbc.sql("insert into sop_heard(tenant_id, key) values (:brand, :key) on conflict do nothing")
                .param("brand", brand).param("key", key).update();
        if (first == 0) {
            return;
        }
        jdbc.sql(UPSERT).param("brand", brand).param("customer", customer).update();
        jdbc.sql("""
                        update sop_customer set wallet_balance = coalesce(wallet_balance, 0) + :delta,
                               wallet_changed_at = now()
                        where tenant_id = :brand and customer_id = :customer""")
                .param("brand", brand).param("customer", customer).param("delta", delta).update();
    }

    private static long sum(List<WalletSpent.Part> parts) {
        return parts.stream().mapToLong(p -> p.principal() + p.bonus()).sum();
    }
}
