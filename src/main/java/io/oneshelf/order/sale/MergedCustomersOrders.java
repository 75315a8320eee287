package io.oneshelf.order.sale;

import io.oneshelf.member.CustomersMergeUndone;
import io.oneshelf.member.CustomersMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A merged customer's orders become the survivor's (the 360° page and the shop's order list show them all), each
 * remembering whose it was, so that undoing the merge gives exactly those back; orders the survivor placed after
 * the merge stay theirs. Runs once per event after the merge's commit; running twice changes nothing more.
 */
@Component
class MergedCustomersOrders {

    private final JdbcClient jdbc;

    MergedCustomersOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        jdbc.sql("update sales_order set customer_id = :survivor, customer_merged_from = :merged"
                        + " where tenant_id = :brand and customer_id = :merged")
                .param("survivor", merged.survivorId()).param("merged", merged.mergedId())
                .param("brand", merged.brandId()).update();
    }

    @ApplicationModuleListener
    void on(CustomersMergeUndone undone) {
        jdbc.sql("update sales_order set customer_id = :merged, customer_merged_from = null"
                        + " where tenant_id = :brand and customer_id = :survivor and customer_merged_from = :merged")
                .param("survivor", undone.survivorId()).param("merged", undone.mergedId())
                .param("brand", undone.brandId()).update();
    }
}
