package io.oneshelf.guide.content;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderReturned;
import io.oneshelf.payment.RefundSucceeded;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What paid online orders and their refunds do to the shares' sales: a paid order is attributed to its customer's
 * last touch of a share before it was placed, within {@link ShareAttribution#WINDOW_DAYS} days (decision 0054);
 * returned, cancelled after payment or refunded later, its refunded amount is brought up to date.
 */
@Component
class ShareSales {

    /** The reference the order module gives its payments ({@code order:<id>}). */
    private static final String ORDER_REFERENCE = "order:";

    private final ShareAttribution attribution;

    ShareSales(ShareAttribution attribution) {
        this.attribution = attribution;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (paid.channel() == OrderChannel.ONLINE && paid.customerId() != null) {
            attribution.attribute(paid.brandId(), paid.orderId());
        }
    }

    @ApplicationModuleListener
    void on(OrderReturned returned) {
        attribution.refunded(returned.brandId(), returned.orderId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        if (cancelled.refunded() > 0) {
            attribution.refunded(cancelled.brandId(), cancelled.orderId());
        }
    }

    @ApplicationModuleListener
    void on(RefundSucceeded refund) {
        if (refund.reference() == null || !refund.reference().startsWith(ORDER_REFERENCE)) {
            return;
        }
        try {
            attribution.refunded(refund.brandId(), UUID.fromString(refund.reference()
                    .substring(ORDER_REFERENCE.length())));
        } catch (IllegalArgumentException e) {
            // not an order's reference after all: nothing of ours
        }
    }
}
