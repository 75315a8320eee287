package io.oneshelf.loyalty.points;

import io.oneshelf.loyalty.BirthdayPointsGranted;
import io.oneshelf.loyalty.PointsEarned;
import io.oneshelf.loyalty.PointsExpired;
import io.oneshelf.loyalty.PointsRedeemed;
import io.oneshelf.loyalty.PointsRefunded;
import io.oneshelf.loyalty.PointsReversed;
import io.oneshelf.loyalty.tier.Tier;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.payment.AccountTender;
import io.oneshelf.platform.Rejection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every movement of points, each in one transaction with its event: earning on a paid order, taking earned points
 * back in proportion to its refunds, paying as a tender and getting a refunded tender back, and expiring at a period
 * end. Each locks the customer's account first ({@link PointsLedger}), so the balance is never read stale and never
 * goes below zero, and each is keyed so that doing it twice changes nothing.
 */
@Service
class PointsDesk {

    static final String ORDER_REFERENCE = "order:";

    private final PointsLedger ledger;
    private final PointsRuleStore rules;
    private final EarnRule earnRule;
    /** Lazily: orders take payments, which debit points here (a cycle of beans, not of modules' calls). */
    private final ObjectProvider<Orders> orders;
    private final ApplicationEventPublisher events;

    PointsDesk(PointsLedger ledger, PointsRuleStore rules, EarnRule earnRule, ObjectProvider<Orders> orders,
               ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.rules = rules;
        this.earnRule = earnRule;
        this.orders = orders;
        this.events = events;
    }

    /** Earns the paid order's points at the customer's tier (its multiplier in percent); once per order. */
    @Transactional
    long earn(OrderView order, String tierCode, int multiplierPercent) {
        UUID brand = order.brandId();
        long balance = ledger.lock(brand, order.customerId());
        String key = order.id().toString();
        if (ledger.applied(brand, "EARN", key)) {
            return 0;
        }
        long paidByPoints = ledger.paidByPoints(brand, ORDER_REFERENCE + order.id());
        long points = earnRule.points(order, rules.of(brand), multiplierPercent, paidByPoints);
        long after = ledger.append(new PointsLedger.Move(brand, order.customerId(), "EARN", points, 0, order.id(),
                null, null, key), balance);
        events.publishEvent(new PointsEarned(brand, order.customerId(), order.id(), order.number(), points, tierCode,
                after));
        return points;
    }

    /**
     * Takes back the share of the order's points its refunds so far stand for (all of them once it is refunded in
     * full), as much as the customer still has: what they spent already is the shortfall, told in the event.
     */
    @Transactional
    void reverse(OrderView order) {
        UUID brand = order.brandId();
        long balance = ledger.lock(brand, order.customerId());
        long[] points = ledger.ofOrder(brand, order.id());
        long owed = order.refundedShareOf(points[0]);
        long due = owed - points[1];
        if (due <= 0) {
            return;
        }
        long taken = Math.min(due, balance);
        long after = ledger.append(new PointsLedger.Move(brand, order.customerId(), "REVERSE", -taken, owed,
                order.id(), null, null, order.id() + ":" + owed), balance);
        events.publishEvent(new PointsReversed(brand, order.customerId(), order.id(), taken, due - taken, after));
    }

    /**
     * Pays {@code move.amount()} fen with points at the brand's rate (rounded up to whole points): refused on
     * {@code amount} when the customer has too few or when points would pay more of the order than the brand allows.
     */
    @Transactional
    void redeem(AccountTender.Move move) {
        UUID brand = move.brandId();
        long balance = ledger.lock(brand, move.payer());
        String key = move.entry().toString();
        if (ledger.applied(brand, "REDEEM", key)) {
            return;
        }
        PointsRules r = rules.of(brand);
        long points = r.pointsFor(move.amount());
        if (points > balance) {
            throw Rejection.invalid("amount", "loyalty.points.not-enough", points, balance);
        }
        cap(brand, move, r).ifPresent(cap -> {
            throw Rejection.invalid("amount", "loyalty.points.over-cap", r.maxRedeemPercent(),
                    io.oneshelf.platform.Message.yuan(cap));
        });
        long after = ledger.append(new PointsLedger.Move(brand, move.payer(), "REDEEM", -points, move.amount(), null,
                move.paymentId(), move.reference(), key), balance);
        events.publishEvent(new PointsRedeemed(brand, move.payer(), move.paymentId(), move.reference(), points,
                move.amount(), after));
    }

    /** The most points may still pay towards the order, when this payment would go beyond it. */
    private Optional<Long> cap(UUID brand, AccountTender.Move move, PointsRules r) {
        if (move.reference() == null || !move.reference().startsWith(ORDER_REFERENCE)) {
            return Optional.empty();
        }
        UUID orderId;
        try {
            orderId = UUID.fromString(move.reference().substring(ORDER_REFERENCE.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<OrderView> order = orders.getObject().find(brand, orderId);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        long cap = order.get().total() * r.maxRedeemPercent() / 100;
        long paid = ledger.paidByPoints(brand, move.reference());
        return paid + move.amount() > cap ? Optional.of(Math.max(0, cap - paid)) : Optional.empty();
    }

    /**
     * Gives back the points of a refunded points tender: the share of the points it took that the refunded fen stand
     * for (all of them once the tender is refunded in full); once per refund part.
     */
    @Transactional
    void refund(AccountTender.Move move) {
        UUID brand = move.brandId();
        long balance = ledger.lock(brand, move.payer());
        String key = move.entry().toString();
        if (ledger.applied(brand, "REFUND", key)) {
            return;
        }
        long[] paid = ledger.ofPayment(brand, move.paymentId());
        if (paid == null) {
            throw new IllegalStateException("Points tender " + move.paymentId() + " refunded but never redeemed");
        }
        long refundedFen = paid[3] + move.amount();
        long points = io.oneshelf.platform.Shares.of(paid[0], refundedFen, paid[1]) - paid[2];
        long after = ledger.append(new PointsLedger.Move(brand, move.payer(), "REFUND", points, move.amount(), null,
                move.paymentId(), move.reference(), key), balance);
        events.publishEvent(new PointsRefunded(brand, move.payer(), move.paymentId(), move.entry(), move.reference(),
                points, move.amount(), after));
    }

    /**
     * Gives the customer their tier's birthday points for {@code on} (their birthday), once in its year; nothing when
     * their tier gives none. The points of the tier they hold on the day.
     */
    @Transactional
    long birthday(UUID brand, UUID customer, LocalDate on, Tier tier) {
        if (tier.birthdayPoints() <= 0) {
            return 0;
        }
        long balance = ledger.lock(brand, customer);
        String key = customer + ":" + on.getYear();
        if (ledger.applied(brand, "BIRTHDAY", key)) {
            return 0;
        }
        long after = ledger.append(new PointsLedger.Move(brand, customer, "BIRTHDAY", tier.birthdayPoints(), 0, null,
                null, null, key), balance);
        events.publishEvent(new BirthdayPointsGranted(brand, customer, tier.code(), tier.birthdayPoints(), on, after));
        return tier.birthdayPoints();
    }

    /**
     * Expires the customer's points earned before {@code earnedBefore} and not spent (spending takes the oldest
     * first): whatever of the balance the points earned since do not account for. Once per period.
     */
    @Transactional
    long expire(UUID brand, UUID customer, LocalDate period, OffsetDateTime earnedBefore) {
        long balance = ledger.lock(brand, customer);
        String key = customer + ":" + period;
        long points = Math.max(0, balance - ledger.earnedSince(brand, customer, earnedBefore));
        if (points > 0 && !ledger.applied(brand, "EXPIRE", key)) {
            long after = ledger.append(new PointsLedger.Move(brand, customer, "EXPIRE", -points, 0, null, null, null,
                    key), balance);
            events.publishEvent(new PointsExpired(brand, customer, points, period, earnedBefore, after));
        } else {
            points = 0;
        }
        ledger.expiredThrough(brand, customer, period);
        return points;
    }
}
