package io.oneshelf.guide.commission;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderReturned;
import io.oneshelf.payment.RefundSucceeded;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What orders credited to a guide do to the guide's ledger: paid, they earn; returned, cancelled after payment, or
 * refunded later by a gateway, they take back their share. Each reads the order as it stands, so an event heard
 * twice or late changes nothing more.
 */
@Component
class GuideSales {

    /** The reference the order module gives its payments ({@code order:<id>}). */
    static final String ORDER_REFERENCE = "order:";

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

    @ApplicationModuleListener
    void on(RefundSucceeded refund) {
        if (refund.reference() == null || !refund.reference().startsWith(ORDER_REFERENCE)) {
            return;
        }
        try {
            refunded(refund.brandId(), UUID.fromString(refund.reference().substring(ORDER_REFERENCE.length())));
        } catch (IllegalArgumentException e) {
            // not an order's reference after all: nothing of ours
        }
    }

    private void refunded(UUID brand, UUID orderId) {
        desk.reverse(brand, orderId);
    }
}
