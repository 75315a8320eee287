package io.oneshelf.loyalty.points;

import io.oneshelf.loyalty.tier.Tier;
import io.oneshelf.loyalty.tier.TierDesk;
import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderRefunded;
import io.oneshelf.order.OrderReturned;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a customer's orders do to their tier and points. A paid order first grows the customer (which may lift their
 * tier at once), then earns points at the tier they are in after it; its returns and its cancellation take back the
 * share of both that the refunds stand for (a gateway's refund once it succeeds), read from the order as it
 * stands, so an event heard twice or late
 * changes nothing more. Orders without a customer earn nothing.
 */
@Component
class LoyaltyOrders {

    private final Orders orders;
    private final TierDesk tiers;
    private final PointsDesk points;

    LoyaltyOrders(Orders orders, TierDesk tiers, PointsDesk points) {
        this.orders = orders;
        this.tiers = tiers;
        this.points = points;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (paid.customerId() == null) {
            return;
        }
        orders.find(paid.brandId(), paid.orderId()).ifPresent(order -> {
            Optional<Tier> tier = tiers.earn(order);
            points.earn(order, tier.map(Tier::code).orElse(null), tier.map(Tier::multiplierPercent).orElse(100));
        });
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
        orders.find(brand, orderId).filter(o -> o.customerId() != null).ifPresent(this::takeBack);
    }

    private void takeBack(OrderView order) {
        tiers.reverse(order);
        points.reverse(order);
    }
}
