package io.oneshelf.loyalty.points;

import io.oneshelf.loyalty.OrderPoints;
import io.oneshelf.loyalty.tier.Tier;
import io.oneshelf.loyalty.tier.TierDesk;
import io.oneshelf.order.OrderView;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An order's points: the EARN entry once posted ({@link PointsDesk#earn}, keyed by the order), else the rule's. */
@Component
class OrderPointsBook implements OrderPoints {

    private final PointsLedger ledger;
    private final PointsRuleStore rules;
    private final EarnRule earnRule;
    private final TierDesk tiers;

    OrderPointsBook(PointsLedger ledger, PointsRuleStore rules, EarnRule earnRule, TierDesk tiers) {
        this.ledger = ledger;
        this.rules = rules;
        this.earnRule = earnRule;
        this.tiers = tiers;
    }

    @Override
    public Optional<Long> earned(UUID brandId, UUID orderId) {
        return ledger.points(brandId, "EARN", orderId.toString());
    }

    @Override
    public long toEarn(OrderView order) {
        if (order.customerId() == null) {
            return 0;
        }
        UUID brand = order.brandId();
        int multiplier = tiers.tierOf(brand, order.customerId()).map(Tier::multiplierPercent).orElse(100);
        return earnRule.points(order, rules.of(brand), multiplier,
                ledger.paidByPoints(brand, PointsDesk.ORDER_REFERENCE + order.id()));
    }
}
