package io.oneshelf.distribution.commission;

import io.oneshelf.distribution.CommissionAvailable;
import io.oneshelf.distribution.CommissionPending;
import io.oneshelf.distribution.CommissionReversed;
import io.oneshelf.distribution.network.Distributor;
import io.oneshelf.distribution.network.DistributorStore;
import io.oneshelf.distribution.network.ReferralStore;
import io.oneshelf.distribution.network.SettingsStore;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earns, reverses and settles a referred order's commission. Each takes the order's lock first and then reads the
 * order and its rows as they stand, so however often and in whatever order payments, refunds and the settling job
 * are heard, the order's rows add up to what {@link CommissionPolicy} says and are earned and settled once per tier
 * (also the ledger's unique keys). The referrer is whoever the customer was bound to when the order was placed, if
 * approved; the referrer's inviter earns the second tier, if approved.
 */
@Service
class Desk {

    private final Ledger ledger;
    private final Orders orders;
    private final ReferralStore referrals;
    private final DistributorStore distributors;
    private final SettingsStore settings;
    private final Rates rates;
    private final ApplicationEventPublisher events;

    Desk(Ledger ledger, Orders orders, ReferralStore referrals, DistributorStore distributors,
         SettingsStore settings, Rates rates, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.orders = orders;
        this.referrals = referrals;
        this.distributors = distributors;
        this.settings = settings;
        this.rates = rates;
        this.events = events;
    }

    @Transactional
    void earn(UUID brand, UUID orderId) {
        ledger.lockOrder(brand, orderId);
        Optional<OrderView> found = orders.find(brand, orderId).filter(o -> o.customerId() != null);
        if (found.isEmpty()) {
            return;
        }
        OrderView order = found.get();
        Optional<Distributor> first = referrals.at(brand, order.customerId(), order.createdAt())
                .flatMap(r -> distributors.find(brand, r.distributorId())).filter(Distributor::approved);
        if (first.isEmpty()) {
            return;
        }
        OffsetDateTime settles = OffsetDateTime.now().plusDays(settings.of(brand).returnWindowDays());
        earn(order, first.get(), 1, settles);
        Optional.ofNullable(first.get().inviterId()).flatMap(id -> distributors.find(brand, id))
                .filter(Distributor::approved).filter(d -> !d.customerId().equals(order.customerId()))
                .ifPresent(second -> earn(order, second, 2, settles));
        // a refund heard before the payment (events of two modules keep no order between them) is taken back now
        reverse(order);
    }

    private void earn(OrderView order, Distributor d, int tier, OffsetDateTime settles) {
        long amount = CommissionPolicy.commission(order, rates.of(order, d.level(), tier));
        ledger.add(order.brandId(), new Entry(null, d.id(), order.id(), order.number(), order.customerId(), tier,
                        "EARNED", CommissionPolicy.base(order), amount, 0, settles, null))
                .ifPresent(e -> events.publishEvent(new CommissionPending(order.brandId(), e.id(), d.id(),
                        order.id(), order.number(), tier, e.base(), e.pending(), e.settlesAt())));
    }

    @Transactional
    void reverse(UUID brand, UUID orderId) {
        ledger.lockOrder(brand, orderId);
        orders.find(brand, orderId).ifPresent(this::reverse);
    }

    private void reverse(OrderView order) {
        for (Tier t : tiers(order.brandId(), order.id())) {
            long taken = -(t.reversed() + t.clawedBack());
            long due = CommissionPolicy.reversed(t.earned().pending(), order) - taken;
            if (due <= 0) {
                continue;
            }
            boolean settled = t.settled() != null;
            Entry row = new Entry(null, t.earned().distributorId(), order.id(), order.number(), order.customerId(),
                    t.earned().tier(), settled ? "CLAWED_BACK" : "REVERSED", 0, settled ? 0 : -due,
                    settled ? -due : 0, null, null);
            ledger.add(order.brandId(), row).ifPresent(e -> events.publishEvent(new CommissionReversed(
                    order.brandId(), e.id(), e.distributorId(), order.id(), order.number(), e.tier(), -due,
                    settled)));
        }
    }

    /** Settles the order's tiers whose return window closed: what is left pending becomes available. */
    @Transactional
    void settle(UUID brand, UUID orderId, OffsetDateTime now) {
        ledger.lockOrder(brand, orderId);
        for (Tier t : tiers(brand, orderId)) {
            if (t.settled() != null || t.earned().settlesAt().isAfter(now)) {
                continue;
            }
            long net = t.earned().pending() + t.reversed();
            Entry e = t.earned();
            ledger.add(brand, new Entry(null, e.distributorId(), orderId, e.orderNumber(), e.customerId(), e.tier(),
                            "SETTLED", 0, -net, net, null, null))
                    .filter(s -> net > 0)
                    .ifPresent(s -> events.publishEvent(new CommissionAvailable(brand, s.id(), s.distributorId(),
                            orderId, s.orderNumber(), s.tier(), net)));
        }
    }

    /** An order's tier: its earned row, its settled row (null before), what was reversed and clawed back (≤ 0). */
    record Tier(Entry earned, Entry settled, long reversed, long clawedBack) {
    }

    List<Tier> tiers(UUID brand, UUID orderId) {
        List<Entry> rows = ledger.ofOrder(brand, orderId);
        List<Tier> tiers = new ArrayList<>();
        for (Entry earned : rows.stream().filter(r -> r.kind().equals("EARNED")).toList()) {
            List<Entry> own = rows.stream().filter(r -> r.tier() == earned.tier()).toList();
            tiers.add(new Tier(earned, own.stream().filter(r -> r.kind().equals("SETTLED")).findFirst().orElse(null),
                    own.stream().filter(r -> r.kind().equals("REVERSED")).mapToLong(Entry::pending).sum(),
                    own.stream().filter(r -> r.kind().equals("CLAWED_BACK")).mapToLong(Entry::available).sum()));
        }
        return tiers;
    }
}
