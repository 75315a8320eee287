package io.oneshelf.order.pricing;

import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A cashier's hand discount on a line (手工改價), right after the book and member prices and before promotions: so
 * a promotion computes on what is still payable. At most the cashier's limit in percent of the line's amount
 * ({@link Checkout#handDiscountLimitPercent()}); more refuses the whole checkout on {@code lines[i].discountFen}.
 * Explained on the order as a {@code MANUAL} discount given to the lines.
 */
@Component
@Order(150)
class HandDiscounts implements PricingStep {

    static final Discount.Source SOURCE = new Discount.Source("MANUAL", null, "手工折扣");

    @Override
    public void apply(Checkout checkout) {
        for (PricedLine line : checkout.lines()) {
            long asked = line.handDiscount();
            if (asked <= 0) {
                continue;
            }
            int limit = checkout.handDiscountLimitPercent();
            // fen × percent / 100 rounded down: a limit never allows a fen more than its percent
            long allowed = Math.multiplyExact(line.amount(), limit) / 100;
            if (asked > allowed) {
                throw new LineRejected(line.index(), Rejection.invalid("discountFen", "pos.discount.over-limit",
                        limit, Message.yuan(allowed)));
            }
            checkout.discountLine(line, SOURCE, asked);
        }
    }
}
