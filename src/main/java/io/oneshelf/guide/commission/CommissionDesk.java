package io.oneshelf.guide.commission;

import io.oneshelf.guide.CommissionEarned;
import io.oneshelf.guide.CommissionReversed;
import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.guide.roster.GuideRuleStore;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earns a guide's commission on a paid order credited to them (once: the ledger's unique key), at the brand's rate
 * then, counted at the guide's store; and takes back the share its refunds stand for ({@link CommissionPolicy}).
 * Both take a lock on the order first and then read it as it stands: a refund heard while the payment's earning is
 * still uncommitted waits for it, so however often and in whatever order the events are heard, the order's rows
 * add up to what the policy says, never more.
 */
@Service
class CommissionDesk {

    private final CommissionLedger ledger;
    private final GuideRuleStore rules;
    private final GuideAccess guides;
    private final ApplicationEventPublisher events;
    private final Orders orders;

    CommissionDesk(CommissionLedger ledger, GuideRuleStore rules, GuideAccess guides,
                   ApplicationEventPublisher events, Orders orders) {
        this.orders = orders;
        this.ledger = ledger;
        this.rules = rules;
        this.guides = guides;
        this.events = events;
    }

    /** Earns the order's commission if it is credited to a guide, and takes back what its refunds stand for. */
    @Transactional
    void earn(UUID brand, UUID orderId) {
        ledger.lockOrder(brand, orderId);
        orders.find(brand, orderId).filter(o -> o.guideId() != null).ifPresent(this::earn);
    }

    /** Takes back the share of the order's commission its refunds stand for, as it stands now. */
    @Transactional
    void reverse(UUID brand, UUID orderId) {
        ledger.lockOrder(brand, orderId);
        orders.find(brand, orderId).filter(o -> o.guideId() != null).ifPresent(this::reverse);
    }

    private void earn(OrderView order) {
        var guide = guides.guide(order.brandId(), order.guideId());
        if (guide.isEmpty()) {
            // credited to staff who are not guides (a cashier, a manager): no guide's sale
            return;
        }
        int rate = rules.of(order.brandId()).commissionBp();
        long base = CommissionPolicy.base(order);
        ledger.earn(order.brandId(), new CommissionEntry(null, order.guideId(), order.id(), order.number(),
                        order.customerId(), guide.get().storeId().orElseThrow(), "EARNED", base, rate,
                        CommissionPolicy.commission(base, rate), null, null))
                .ifPresent(e -> events.publishEvent(new CommissionEarned(order.brandId(), e.id(), e.guideId(),
                        e.orderId(), e.orderNumber(), e.customerId(), e.storeId(), e.base(), e.rateBp(),
                        e.amount())));
        // a refund heard before the payment (events of two modules keep no order between them) is taken back now
        reverse(order);
    }

    private void reverse(OrderView order) {
        ledger.lockEarned(order.brandId(), order.id()).ifPresent(earned -> {
            long[] so = ledger.reversedSoFar(order.brandId(), order.id());
            long base = -CommissionPolicy.reversed(earned.base(), order) - so[0];
            long amount = -CommissionPolicy.reversed(earned.amount(), order) - so[1];
            if (base == 0 && amount == 0) {
                return;
            }
            CommissionEntry e = ledger.reverse(order.brandId(), earned, base, amount);
            events.publishEvent(new CommissionReversed(order.brandId(), e.id(), earned.id(), e.guideId(),
                    e.orderId(), e.orderNumber(), e.storeId(), e.base(), e.amount()));
        });
    }
}
