package io.oneshelf.guide.commission;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderRefunded;
import io.oneshelf.order.OrderReturned;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What orders credited to a guide do to the guide's ledger: paid, they earn; returned, cancelled after payment, or
 * refunded later (a gateway's refund, a voucher's unused share), they take back their share. Each reads the order as it stands, so an event heard
 * twice or late changes nothing more.
 */
@Component
class GuideSales {

    private final CommissionDesk desk;

    GuideSales(CommissionDesk desk) {
        this.desk = desk;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (paid.guideId() != null) {
            desk.earn(paid.brandId(), paid.orderId());
        }
    }

    @ApplicationModuleListener
    void on(OrderReturned returned) {
        refunded(returned.brandId(), returned.orderId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        if (cancelled.refunded() > 0) {
            refunded(cancelled.brandId(), cancelled.orderId());
        }
    }

    /** A refund its return or cancel did not record (a gateway's, later; a voucher's share), on the order now. */
    @ApplicationModuleListener
    void on(OrderRefunded refund) {
        refunded(refund.brandId(), refund.orderId());
    }

    private void refunded(UUID brand, UUID orderId) {
        desk.reverse(brand, orderId);
    }
}
