package io.oneshelf.promotion.coupon;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderReturned;
import io.oneshelf.promotion.CouponReturned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives coupons back to the customer: every coupon a cancelled order used, and those of a fully refunded order
 * whose template says so. Each is AVAILABLE again (with its own validity) and told as {@link CouponReturned}; a
 * coupon already given back is not given back twice.
 */
@Component
class CouponReturns {

    private final CouponBook book;
    private final ApplicationEventPublisher events;

    CouponReturns(CouponBook book, ApplicationEventPublisher events) {
        this.book = book;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        book.giveBack(cancelled.brandId(), cancelled.orderId(), false).forEach(c -> events.publishEvent(
                new CouponReturned(cancelled.brandId(), c.id(), c.templateId(), c.customerId(),
                        cancelled.orderId(), "CANCELLED")));
    }

    @ApplicationModuleListener
    void on(OrderReturned returned) {
        if (!returned.fully()) {
            return;
        }
        book.giveBack(returned.brandId(), returned.orderId(), true).forEach(c -> events.publishEvent(
                new CouponReturned(returned.brandId(), c.id(), c.templateId(), c.customerId(),
                        returned.orderId(), "REFUNDED")));
    }
}
