package io.oneshelf.distribution.commission;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderRefunded;
import io.oneshelf.order.OrderReturned;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What orders of referred customers do to the commission ledger: paid, they earn; returned, cancelled after
 * payment, or refunded later by a gateway, they take back their share. Each reads the order as it stands, so an
 * event heard twice or late changes nothing more.
 */
@Component
class Sales {

    private final Desk desk;

    Sales(Desk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (paid.customerId() != null) {
            desk.earn(paid.brandId(), paid.orderId());
        }
    }

    @ApplicationModuleListener
    void on(OrderReturned returned) {
        desk.reverse(returned.brandId(), returned.orderId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        if (cancelled.refunded() > 0) {
            desk.reverse(cancelled.brandId(), cancelled.orderId());
        }
    }

    /** A refund its return or cancel did not record (a gateway's, later; a voucher's share), on the order now. */
    @ApplicationModuleListener
    void on(OrderRefunded refund) {
        desk.reverse(refund.brandId(), refund.orderId());
    }
}
