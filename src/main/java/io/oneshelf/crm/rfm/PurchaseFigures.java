package io.oneshelf.crm.rfm;

import io.oneshelf.member.CustomersMergeUndone;
import io.oneshelf.member.CustomersMerged;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderReturned;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Each customer's paid orders as the order module announces them: a paid order of a customer counts once (a
 * repeated event changes nothing), a return subtracts what it gave back, and a merge moves the merged customer's
 * orders to the survivor (back on undo).
 */
@Component
class PurchaseFigures {

    private final JdbcClient jdbc;

    PurchaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (paid.customerId() == null) {
            return;
        }
        jdbc.sql("insert into crm_paid_order(tenant_id, order_id, customer_id, paid, paid_at)"
                        + " values (:brand, :order, :customer, :paid, :at) on conflict do nothing")
                .param("brand", paid.brandId()).param("order", paid.orderId()).param("customer", paid.customerId())
                .param("paid", paid.paid()).param("at", OffsetDateTime.now()).update();
    }

    @ApplicationModuleListener
    void on(OrderReturned returned) {
        int counted = jdbc.sql("insert into crm_counted_return(tenant_id, return_id) values (:brand, :id)"
                        + " on conflict do nothing")
                .param("brand", returned.brandId()).param("id", returned.returnId()).update();
        if (counted > 0) {
            jdbc.sql("update crm_paid_order set returned = least(paid, returned + :amount) where tenant_id = :brand"
                            + " and order_id = :order")
                    .param("amount", returned.amount()).param("brand", returned.brandId())
                    .param("order", returned.orderId()).update();
        }
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        jdbc.sql("update crm_paid_order set customer_id = :survivor, customer_merged_from = :merged"
                        + " where tenant_id = :brand and customer_id = :merged")
                .param("survivor", merged.survivorId()).param("merged", merged.mergedId())
                .param("brand", merged.brandId()).update();
    }

    @ApplicationModuleListener
    void on(CustomersMergeUndone undone) {
        jdbc.sql("update crm_paid_order set customer_id = :merged, customer_merged_from = null"
                        + " where tenant_id = :brand and customer_id = :survivor and customer_merged_from = :merged")
                .param("survivor", undone.survivorId()).param("merged", undone.mergedId())
                .param("brand", undone.brandId()).update();
    }
}
