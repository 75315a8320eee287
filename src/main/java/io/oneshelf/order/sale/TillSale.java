package io.oneshelf.order.sale;

import io.oneshelf.inventory.Sale;
import io.oneshelf.inventory.StockPostings;
import io.oneshelf.inventory.StockReturn;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldLines;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A sale at the till, in the caller's transaction: the order is recorded, its tenders taken (they must cover the
 * total exactly; cash may be more, and its change is given back), its stock leaves the store, and it is paid and
 * completed at once. Anything refused rolls all of it back.
 */
@Component
class TillSale {

    private final Payments payments;
    private final StockPostings postings;
    private final OrderRepository orders;
    private final OrderEvents events;
    private final FulfilmentHolds holds;

    TillSale(Payments payments, StockPostings postings, OrderRepository orders, OrderEvents events,
             FulfilmentHolds holds) {
        this.holds = holds;
        this.payments = payments;
        this.postings = postings;
        this.orders = orders;
        this.events = events;
    }

    /** The sale; {@code hold} (null for none) holds it at the counter, paid, until it is released (a group's). */
    Order sell(Order order, PlaceOrder command, Who who, String hold) {
        check(command.tenders(), order.total());
        orders.insert(order, command.key(), who);
        if (hold != null) {
            holds.hold(order, hold);
        }
        events.placed(order);
        List<PlaceOrder.TenderLine> tenders = command.tenders();
        for (int i = 0; i < tenders.size(); i++) {
            take(order, tenders.get(i), i);
        }
        Sale sale = new Sale(BrandActor.of(order.brandId()), order.reference(), OrderService.holdLines(order));
        if (command.soldAlready()) {
            // sold offline already: the goods are gone, whatever the books say
            postings.postSaleAsSold(sale);
        } else {
            postings.postSale(sale);
        }
        if (command.awaitsQr()) {
            // the customer pays by the till's QR: the order waits, CREATED, for that payment's success (settled by
            // OrderPayments, which completes a till order) or its cancel (which restocks) — decision 0048
            return order;
        }
        Order paid = orders.update(order, order.paid(order.total()), who, null);
        events.paid(paid);
        if (hold != null) {
            // its goods stay at the counter until the release hands them over (decision 0055)
            return paid;
        }
        Order completed = orders.update(paid, paid.completed(), who, null);
        events.completed(completed);
        return completed;
    }

    /**
     * Takes one tender; what payments refuse of it is answered on the tender ({@code tenders[i].authCode}). A QR
     * tender opens a Native prepay: its code URL is the QR the till shows.
     */
    private void take(Order order, PlaceOrder.TenderLine t, int i) {
        try {
            payments.take(new TakePayment(order.brandId(), order.reference(), t.tender(), t.amount(),
                    t.cashTendered(), t.cardReference(), order.number(), order.storeId(), order.staffId(),
                    order.reference() + ":tender:" + i, t.tender().account() ? order.customerId() : null,
                    t.qr() ? null : t.authCode()));
        } catch (Rejection refused) {
            throw TenderRefused.within("tenders[" + i + "]", refused);
        }
    }

    /**
     * Puts back the stock a paid order took, when it is cancelled before it is fulfilled: what is left of each line
     * once {@code returned} (units by line index) came back through returns, which restocked or wrote them off.
     */
    void restock(Order order, long[] returned) {
        List<HoldLine> left = order.lines().stream()
                .filter(l -> l.quantity() > returned[l.index()])
                .map(l -> new HoldLine(l.skuId(), l.placeId(), l.quantity() - returned[l.index()])).toList();
        if (!left.isEmpty()) {
            postings.postReturn(new StockReturn(BrandActor.of(order.brandId()), "cancel:" + order.reference(),
                    new HoldLines(left)));
        }
    }

    private static void check(List<PlaceOrder.TenderLine> tenders, long total) {
        long sum = 0;
        int qr = 0;
        for (int i = 0; i < tenders.size(); i++) {
            PlaceOrder.TenderLine t = tenders.get(i);
            String at = "tenders[" + i + "].";
            if (t == null || t.tender() == null) {
                throw Rejection.invalid(at + "tender", "validation.required");
            }
            if (t.qr() && (t.tender() != Tender.WECHAT_PAY || ++qr > 1)) {
                // one QR on the till's screen at a time, and only WeChat Pay offers one
                throw Rejection.invalid(at + "tender", "order.tenders.one-qr");
            }
            if (t.tender().online() && !t.qr() && (t.authCode() == null || t.authCode().isBlank())) {
                // the customer cannot follow a pay link at the counter: a gateway tender needs their scanned code
                throw Rejection.invalid(at + "tender", "order.tenders.offline-only");
            }
            if (t.amount() < 1) {
                throw Rejection.invalid(at + "amount", "validation.range", 1, Long.MAX_VALUE);
            }
            sum = Math.addExact(sum, t.amount());
        }
        if (sum != total) {
            throw Rejection.invalid("tenders", "order.tenders.sum", io.oneshelf.platform.Message.yuan(sum),
                    io.oneshelf.platform.Message.yuan(total));
        }
    }
}
