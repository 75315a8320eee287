package io.oneshelf.promotion.flash;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.promotion.FlashSaleReleased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives the flash-price units of a cancelled order (by the customer, by staff, or unpaid in time) back to their
 * flash sale's allocation, and out of the customer's count, each told as {@link FlashSaleReleased}; an order's
 * claims are released once. A return does not give them back (decision 0040): the sale happened, and the returned
 * goods go back to stock at their normal price.
 */
@Component
class FlashReleases {

    private final FlashClaims claims;
    private final ApplicationEventPublisher events;

    FlashReleases(FlashClaims claims, ApplicationEventPublisher events) {
        this.claims = claims;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        claims.release(cancelled.brandId(), cancelled.orderId()).forEach(c -> events.publishEvent(
                new FlashSaleReleased(cancelled.brandId(), c.flashSaleId(), c.skuId(), c.customerId(),
                        cancelled.orderId(), c.quantity(), "CANCELLED")));
    }
}
