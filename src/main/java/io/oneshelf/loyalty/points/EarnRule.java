package io.oneshelf.loyalty.points;

import io.oneshelf.catalog.Shelf;
import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.OrderView;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The points a paid order earns: each line's paid amount in yuan times the brand's points per yuan, times the rate
 * of the line's category (the nearest category up its tree with a rate; 100 % without), times the tier's multiplier;
 * less the share of the goods points paid for (points do not earn points); rounded down once for the order.
 */
@Component
class EarnRule {

    private final SkuCatalog skus;
    private final Shelf shelf;

    EarnRule(SkuCatalog skus, Shelf shelf) {
        this.skus = skus;
        this.shelf = shelf;
    }

    long points(OrderView order, PointsRules rules, int multiplierPercent, long paidByPoints) {
        Map<UUID, Integer> rates = new HashMap<>();
        rules.categoryRates().forEach(r -> rates.put(r.categoryId(), r.ratePercent()));
        Map<UUID, UUID> parents = new HashMap<>();
        if (!rates.isEmpty()) {
            shelf.categories(order.brandId()).forEach(c -> parents.put(c.id(), c.parentId()));
        }
        Map<UUID, SkuRef> refs = rates.isEmpty() ? Map.of()
                : skus.find(order.brandId(), order.lines().stream().map(OrderView.Line::skuId).toList());
        long[] amounts = new long[order.lines().size()];
        int[] percents = new int[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            OrderView.Line line = order.lines().get(i);
            amounts[i] = Math.max(0, line.payable());
            SkuRef ref = refs.get(line.skuId());
            UUID category = ref == null ? null : shelf.product(order.brandId(), order.channel().salesChannel(),
                    ref.spuId()).map(Shelf.ShelfProductDetail::categoryId).orElse(null);
            percents[i] = rateOf(category, rates, parents);
        }
        return points(amounts, percents, rules.earnPerYuan(), multiplierPercent, paidByPoints);
    }

    /** The rate of the category or the nearest one above it with a rate; 100 when none has one. */
    static int rateOf(UUID category, Map<UUID, Integer> rates, Map<UUID, UUID> parents) {
        for (int depth = 0; category != null && depth < 64; depth++) {
            Integer rate = rates.get(category);
            if (rate != null) {
                return rate;
            }
            category = parents.get(category);
        }
        return 100;
    }

    /**
     * Σ(amount × rate %) / 100 fen per yuan × points per yuan × multiplier % × (goods − paid by points) / goods,
     * rounded down.
     */
    static long points(long[] amounts, int[] percents, int perYuan, int multiplierPercent, long paidByPoints) {
        BigInteger weighted = BigInteger.ZERO;
        long goods = 0;
        for (int i = 0; i < amounts.length; i++) {
            weighted = weighted.add(BigInteger.valueOf(amounts[i]).multiply(BigInteger.valueOf(percents[i])));
            goods += amounts[i];
        }
        if (goods <= 0) {
            return 0;
        }
        long earning = Math.max(0, goods - Math.max(0, paidByPoints));
        return weighted.multiply(BigInteger.valueOf(perYuan)).multiply(BigInteger.valueOf(multiplierPercent))
                .multiply(BigInteger.valueOf(earning))
                .divide(BigInteger.valueOf(goods).multiply(BigInteger.valueOf(1_000_000))).longValueExact();
    }
}
