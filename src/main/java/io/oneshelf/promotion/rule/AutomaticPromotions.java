package io.oneshelf.promotion.rule;

import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.PricedLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The stacking rule of automatic promotions, over one checkout: the promotions running for it are applied one after
 * the other, highest {@code priority} first (then the oldest, then by id), each to what the earlier ones left
 * payable. An exclusive promotion is applied only while none has given anything yet, and once it gives something
 * no other follows. A promotion that gives nothing (a threshold not reached) does not count.
 */
final class AutomaticPromotions {

    static final Comparator<Promotion> ORDER = Comparator.comparingInt(Promotion::priority).reversed()
            .thenComparing(Promotion::createdAt).thenComparing(Promotion::id);

    private AutomaticPromotions() {
    }

    /** Applies {@code promotions} to {@code checkout}; {@code categories} are each line's SKU's categories. */
    static void apply(List<Promotion> promotions, Checkout checkout, Map<UUID, Set<UUID>> categories) {
        boolean given = false;
        for (Promotion p : promotions.stream().filter(p -> p.runsFor(checkout)).sorted(ORDER).toList()) {
            if (p.exclusive() && given) {
                continue;
            }
            Predicate<PricedLine> covered = l -> p.covers(l, categories.getOrDefault(l.sku().id(), Set.of()));
            long gave = switch (p.kind()) {
                case FULL_REDUCTION -> fullReduction(p, checkout, covered);
                case PERCENT_OFF -> percentOff(p, checkout, covered);
                case BUY_X_GET_Y -> buyGet(p, checkout, covered);
            };
            given |= gave > 0;
            if (p.exclusive() && gave > 0) {
                return;
            }
        }
    }

    /** The highest tier the covered lines' payable amount reaches, off those lines together. */
    static long fullReduction(Promotion p, Checkout checkout, Predicate<PricedLine> covered) {
        long spent = checkout.lines().stream().filter(covered).mapToLong(PricedLine::payable).sum();
        long off = p.tiers().stream().filter(t -> spent >= t.threshold()).mapToLong(Tier::off).max().orElse(0);
        return off == 0 ? 0 : checkout.discountBasket(p.source(), off, covered);
    }

    /** The percent off each covered line's payable amount, rounded down to the fen. */
    static long percentOff(Promotion p, Checkout checkout, Predicate<PricedLine> covered) {
        long gave = 0;
        for (PricedLine line : checkout.lines()) {
            if (covered.test(line)) {
                gave += checkout.discountLine(line, p.source(),
                        Math.multiplyExact(line.payable(), (long) p.percentOff()) / 100);
            }
        }
        return gave;
    }

    /** Of every buy + get units covered, the get cheapest are free (their unit price off their lines). */
    static long buyGet(Promotion p, Checkout checkout, Predicate<PricedLine> covered) {
        List<PricedLine> lines = new ArrayList<>(checkout.lines().stream().filter(covered).toList());
        long units = lines.stream().mapToLong(PricedLine::quantity).sum();
        long free = units / (p.buy() + p.get()) * p.get();
        lines.sort(Comparator.comparingLong(PricedLine::unitPrice).thenComparingInt(PricedLine::index));
        long gave = 0;
        for (PricedLine line : lines) {
            if (free == 0) {
                break;
            }
            long here = Math.min(free, line.quantity());
            gave += checkout.discountLine(line, p.source(), Math.multiplyExact(here, line.unitPrice()));
            free -= here;
        }
        return gave;
    }
}
