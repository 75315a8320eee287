package io.oneshelf.loyalty.tier;

import io.oneshelf.loyalty.TierChanged;
import io.oneshelf.order.OrderView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' tiers by growth: one yuan of goods paid is one point of growth. A paid order's growth lifts its customer
 * to the tier it reaches at once; a refund takes back its share of the order's growth but lowers no tier by itself;
 * the review ({@link TierReview}) lowers a tier whose growth over the window no longer reaches it, once the tier was
 * held the brand's keep months. A customer without a tier yet is in the tier that needs no growth, if the brand has
 * one.
 */
@Service
public class TierDesk {

    /** Where a customer stands: their tier (null: none), growth over the window, and the next tier if any. */
    public record Standing(Tier tier, long growth, Tier next, long toNext, int windowMonths, OffsetDateTime since) {
    }

    private final TierRuleStore rules;
    private final CustomerTiers tiers;
    private final ApplicationEventPublisher events;

    TierDesk(TierRuleStore rules, CustomerTiers tiers, ApplicationEventPublisher events) {
        this.rules = rules;
        this.tiers = tiers;
        this.events = events;
    }

    /** The customer's tier now; empty when they have none (and the brand has no tier that needs no growth). */
    public Optional<Tier> tierOf(UUID brandId, UUID customerId) {
        TierRules r = rules.of(brandId);
        if (r.tiers().isEmpty()) {
            return Optional.empty();
        }
        return tiers.find(brandId, customerId).flatMap(h -> r.byCode(h.code())).or(() -> r.reached(0));
    }

    @Transactional(readOnly = true)
    public Standing standing(UUID brandId, UUID customerId) {
        TierRules r = rules.of(brandId);
        Tier tier = tierOf(brandId, customerId).orElse(null);
        long growth = Math.max(0, tiers.growthSince(brandId, customerId, windowStart(r)));
        Tier next = r.next(tier == null ? null : tier.code()).orElse(null);
        return new Standing(tier, growth, next, next == null ? 0 : Math.max(0, next.threshold() - growth),
                r.windowMonths(), tiers.find(brandId, customerId).map(CustomerTiers.Held::since).orElse(null));
    }

    /**
     * Records the growth a paid order earns its customer (once per order) and lifts them to the tier it reaches;
     * answers their tier after it (the one their points are earned at).
     */
    @Transactional
    public Optional<Tier> earn(OrderView order) {
        UUID brand = order.brandId();
        CustomerTiers.Held held = tiers.lock(brand, order.customerId());
        long goods = order.lines().stream().mapToLong(OrderView.Line::payable).sum();
        if (tiers.earn(brand, order.customerId(), order.id(), Math.max(0, goods) / 100)) {
            review(brand, held, false, false);
        }
        return tierOf(brand, order.customerId());
    }

    /** Takes back the share of the order's growth that its refunds so far stand for (at most what it earned). */
    @Transactional
    public void reverse(OrderView order) {
        if (order.customerId() == null) {
            return;
        }
        tiers.lock(order.brandId(), order.customerId());
        long[] growth = tiers.ofOrder(order.brandId(), order.id());
        long owed = order.refundedShareOf(growth[0]) - growth[1];
        if (owed > 0) {
            tiers.reverse(order.brandId(), order.customerId(), order.id(), owed);
        }
    }

    /**
     * A merge stands: the survivor's growth counts the merged customer's orders from now, lifting them to the tier it
     * reaches (a tier is never lowered by a merge). Once per merge.
     */
    @Transactional
    public void followMerge(UUID brand, UUID mergeId, UUID survivorId, UUID mergedId) {
        CustomerTiers.Held held = tiers.lock(brand, survivorId);
        if (tiers.merged(brand, mergeId, survivorId, mergedId)) {
            review(brand, held, false, false);
        }
    }

    /**
     * A merge was undone: each customer's growth is their own again. The survivor goes to the tier their own growth
     * reaches at once (the keep does not hold a tier the merge lent), the merged customer is lifted to theirs.
     */
    @Transactional
    public void followUndo(UUID brand, UUID mergeId, UUID survivorId, UUID mergedId) {
        boolean first = survivorId.compareTo(mergedId) < 0;
        CustomerTiers.Held a = tiers.lock(brand, first ? survivorId : mergedId);
        CustomerTiers.Held b = tiers.lock(brand, first ? mergedId : survivorId);
        if (tiers.undone(brand, mergeId, survivorId, mergedId)) {
            review(brand, first ? a : b, true, true);
            review(brand, first ? b : a, false, false);
        }
    }

    /** Reviews the customers whose review is due, a batch of them; answers how many. */
    @Transactional
    public int reviewDue(int batch) {
        List<UUID[]> due = tiers.claimDue(batch);
        for (UUID[] d : due) {
            tiers.find(d[0], d[1]).ifPresent(h -> review(d[0], h, true, false));
        }
        return due.size();
    }

    /**
     * Moves the customer to the tier their growth over the window reaches: up at once; down only at a review and
     * once the tier was kept long enough (or at once when {@code anyKeep}). The next review is a month on, or when the
     * keep ends if later.
     */
    private void review(UUID brand, CustomerTiers.Held held, boolean downgrade, boolean anyKeep) {
        TierRules r = rules.of(brand);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long growth = Math.max(0, tiers.growthSince(brand, held.customerId(), windowStart(r)));
        String reached = r.reached(growth).map(Tier::code).orElse("");
        int from = r.rank(held.code());
        int to = r.rank(reached);
        boolean kept = anyKeep || !held.since().plusMonths(r.keepMonths()).isAfter(now);
        boolean move = to > from || (downgrade && to < from && (kept || from < 0));
        OffsetDateTime since = move ? now : held.since();
        OffsetDateTime keepUntil = since.plusMonths(r.keepMonths());
        OffsetDateTime nextReview = keepUntil.isAfter(now.plusMonths(1)) ? keepUntil : now.plusMonths(1);
        tiers.hold(brand, held.customerId(), move ? reached : held.code(), since, nextReview);
        if (move && !reached.equals(held.code())) {
            events.publishEvent(new TierChanged(brand, held.customerId(), held.code().isEmpty() ? null : held.code(),
                    reached.isEmpty() ? null : reached, growth, to > from ? "UPGRADE" : "DOWNGRADE"));
        }
    }

    private static OffsetDateTime windowStart(TierRules r) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMonths(r.windowMonths());
    }
}
