package io.oneshelf.order.pricing;

import java.util.UUID;

/**
 * Which rule gave what (the explanation a priced checkout keeps and the order shows): the kind of rule (e.g.
 * {@code PROMOTION}, {@code COUPON}), its id and name as the customer sees it, and the fen it took off, in total over
 * the lines it applied to. {@code target} says how: given to lines ({@code LINES}), given to the basket and
 * apportioned to its lines ({@code BASKET}), or the shipping fee waived ({@code SHIPPING}: not a line's discount,
 * the fee is simply not charged).
 */
public record Discount(String kind, UUID ruleId, String name, long amount, Target target) {

    /** What a discount was given to. */
    public enum Target {
        LINES, BASKET, SHIPPING
    }

    public Discount {
        if (kind == null || kind.isBlank() || name == null) {
            throw new IllegalArgumentException("a discount names its kind and rule");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("a discount takes off, never adds: " + amount);
        }
    }

    /** The rule that gives a discount, before its amount is known. */
    public record Source(String kind, UUID ruleId, String name) {
    }
}
