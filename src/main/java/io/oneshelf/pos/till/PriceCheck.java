package io.oneshelf.pos.till;

import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Texts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether an offline sale would cost today what the till charged: the sale is quoted now as the till would sell
 * it online (the same checkout pipeline), and a line whose unit price, or a total that differs, is a
 * {@code PRICE_CHANGED} conflict; a coupon the quote refuses was used elsewhere meanwhile ({@code COUPON_USED}).
 * The sale keeps its recorded prices either way.
 */
@Component
class PriceCheck {

    private final Orders orders;
    private final Texts texts;

    PriceCheck(Orders orders, Texts texts) {
        this.orders = orders;
        this.texts = texts;
    }

    List<Conflicts.Found> check(Actor actor, Till till, PosRequests.OfflineSale s, PlaceOrder recorded) {
        OrderView now;
        try {
            now = orders.quote(priceNow(recorded));
        } catch (Rejection e) {
            boolean coupon = e.faults().stream().anyMatch(f -> f.field() != null && f.field().startsWith("couponIds"));
            return List.of(new Conflicts.Found(coupon ? Conflicts.Kind.COUPON_USED : Conflicts.Kind.PRICE_CHANGED,
                    texts.text(e.firstMessage())));
        }
        List<String> changed = new ArrayList<>();
        for (OrderView.Line line : now.lines()) {
            long charged = s.lines().get(line.index()).unitPrice();
            if (line.unitPrice() != charged) {
                changed.add(texts.text(Message.of("pos.conflict.unit-price", line.skuCode(),
                        Message.yuan(charged), Message.yuan(line.unitPrice()))));
            }
        }
        if (now.total() != s.total()) {
            changed.add(texts.text(Message.of("pos.conflict.total", Message.yuan(s.total()),
                    Message.yuan(now.total()))));
        }
        return changed.isEmpty() ? List.of()
                : List.of(new Conflicts.Found(Conflicts.Kind.PRICE_CHANGED, String.join("; ", changed)));
    }

    /** The same sale priced now, as sold already (stock is {@link StockCheck}'s matter): no recorded prices. */
    private static PlaceOrder priceNow(PlaceOrder c) {
        return new PlaceOrder(c.brandId(), c.staff(), c.channel(), c.fulfilment(), c.customerId(), c.storeId(),
                c.guideId(), c.lines().stream().map(l -> new PlaceOrder.Line(l.skuId(), l.quantity(),
                        l.discountFen(), null)).toList(), null, c.tenders(), c.note(), null, null, c.couponIds(),
                new PlaceOrder.AtTill(c.atTill().discountLimitPercent(), null, true));
    }
}
