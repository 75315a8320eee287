package io.oneshelf.loyalty.points;

import java.util.List;
import java.util.UUID;

/**
 * A brand's points rules: {@code earnPerYuan} points per yuan of goods paid (times the category's rate and the
 * tier's multiplier, in percent), {@code redeemPerYuan} points pay one yuan, points pay at most
 * {@code maxRedeemPercent} of an order, and points expire {@code expiryMonths} after they were earned, at the end of
 * that month (0: never).
 */
record PointsRules(int earnPerYuan, int redeemPerYuan, int maxRedeemPercent, int expiryMonths,
                   List<CategoryRate> categoryRates, int version) {

    static final PointsRules DEFAULTS = new PointsRules(1, 100, 50, 24, List.of(), 0);

    PointsRules {
        categoryRates = List.copyOf(categoryRates);
    }

    /** Points earned in a category (and the categories below it) in percent of the brand's rate. */
    record CategoryRate(UUID categoryId, int ratePercent) {
    }

    /** The points that pay {@code fen}, rounded up: a payment never takes less value than it gives. */
    long pointsFor(long fen) {
        return -Math.floorDiv(-Math.multiplyExact(fen, (long) redeemPerYuan), 100L);
    }
}
