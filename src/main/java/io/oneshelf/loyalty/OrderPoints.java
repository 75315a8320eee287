package io.oneshelf.loyalty;

import io.oneshelf.order.OrderView;
import java.util.Optional;
import java.util.UUID;

/** The points an order earns its member, for other modules (a till's receipt). */
public interface OrderPoints {

    /**
     * The points the order earned, as posted to the points ledger; empty until the earn is posted (it follows the
     * order's payment, heard asynchronously) and for an order without a member.
     */
    Optional<Long> earned(UUID brandId, UUID orderId);

    /**
     * What the order will earn its member when the earn is posted: the brand's rule at the member's tier now (the
     * order's own growth may still lift the tier before the earn, so this is the figure as far as known); 0 for an
     * order without a member.
     */
    long toEarn(OrderView order);
}
