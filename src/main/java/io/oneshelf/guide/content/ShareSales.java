package io.oneshelf.guide.content;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderRefunded;
import io.oneshelf.order.OrderReturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What paid online orders and their refunds do to the shares' sales: a paid order is attributed to its customer's
 * last touch of a share before it was placed, within {@link ShareAttribution#WINDOW_DAYS} days (decision 0054);
 * returned, cancelled after payment or refunded later, its refunded amount is brought up to date.
 */
@Component
class ShareSales {

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

    /** A refund its return or cancel did not record (a gateway's, later; a voucher's share), on the order now. */
    @ApplicationModuleListener
    void on(OrderRefunded refund) {
        attribution.refunded(refund.brandId(), refund.orderId());
    }
}
