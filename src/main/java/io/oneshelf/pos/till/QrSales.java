package io.oneshelf.pos.till;

import io.oneshelf.order.CancelOrder;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderCompleted;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.pos.SaleRecorded;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Till sales paid by the till's QR (decision 0048). The sale is placed first, awaiting the payment (its order
 * CREATED, its stock posted, the QR tender a pending Native prepay whose code URL the till shows); the payment's
 * success completes the order (the order module's settling), and that completion records the sale in the shift it
 * was placed in — its money and {@code pos.sale.recorded} — once. The till polls the sale ({@link #state}), which
 * also asks the gateway about a payment whose notification has not come; cancelling closes the prepay and cancels
 * the order (restocked), unless it was paid meanwhile.
 */
@Service
class QrSales {

    /** A sale awaiting (or done with) its QR: the order's status and the QR tender's payment. */
    record State(UUID orderId, String number, OrderStatus status, long total, long qrAmount, String payUrl,
                 PaymentStatus paymentStatus) {
    }

    private final TillAccess access;
    private final Orders orders;
    private final Payments payments;
    private final PosSales sales;
    private final ShiftMoney money;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    QrSales(TillAccess access, Orders orders, Payments payments, PosSales sales, ShiftMoney money,
            TransactionTemplate tx, ApplicationEventPublisher events) {
        this.access = access;
        this.orders = orders;
        this.payments = payments;
        this.sales = sales;
        this.money = money;
        this.tx = tx;
        this.events = events;
    }

    /** The sale now; a QR payment still pending is asked about at the gateway first (a late notification). */
    State state(Actor actor, UUID tillId, UUID orderId) {
        OrderView order = order(actor, tillId, orderId);
        Optional<Payment> qr = qrPayment(actor, order);
        if (order.status() == OrderStatus.CREATED && qr.isPresent()
            && qr.get().status() == PaymentStatus.PENDING) {
            Payment asked = askGateway(actor, qr.get());
            if (asked.status() == PaymentStatus.SUCCEEDED) {
                // paid: the success event settles the order after this; answered as paid meanwhile
                return view(order, Optional.of(asked));
            }
        }
        return view(order, qr);
    }

    /**
     * Cancels a sale still awaiting its QR: the prepay is closed and the order cancelled (its stock comes back, any
     * other tender refunded). One paid meanwhile is not cancelled: 409 {@code pos.qr.paid} on {@code orderId}.
     */
    State cancel(Actor actor, UUID tillId, UUID orderId) {
        OrderView order = order(actor, tillId, orderId);
        if (order.status() == OrderStatus.CANCELLED) {
            return view(order, qrPayment(actor, order));
        }
        State now = state(actor, tillId, orderId);
        if (now.status() != OrderStatus.CREATED || now.paymentStatus() == PaymentStatus.SUCCEEDED) {
            throw Rejection.conflict("orderId", "pos.qr.paid");
        }
        // a payment that succeeds after this close anyway is refunded at once by the payment module
        OrderView cancelled = orders.cancel(new CancelOrder(actor.tenantId(), orderId, actor, null,
                CancelOrder.Reason.STAFF, "QR not paid at the till"));
        return view(cancelled, qrPayment(actor, cancelled));
    }

    /** A till order completed (its QR paid): the sale that awaited it is recorded in its shift, once. */
    @ApplicationModuleListener
    void on(OrderCompleted completed) {
        if (completed.channel() != OrderChannel.POS) {
            return;
        }
        tx.executeWithoutResult(s -> sales.stopAwaiting(completed.brandId(), completed.orderId()).ifPresent(a -> {
            money.record(completed.brandId(), a.shiftId(), entries(completed.brandId(), completed.orderId()),
                    ShiftDesk.now());
            events.publishEvent(new SaleRecorded(completed.brandId(), completed.orderId(), completed.number(),
                    a.tillId(), a.shiftId(), a.storeId(), a.clientSaleId(), completed.total(), false,
                    a.recordedAt()));
        }));
    }

    /** The order's captured tenders by kind, with the change given on cash. */
    private List<ShiftMoney.Entry> entries(UUID brandId, UUID orderId) {
        Map<Tender, long[]> by = new EnumMap<>(Tender.class);
        for (Payment p : payments.payments(brandId, "order:" + orderId)) {
            if (p.status() != PaymentStatus.SUCCEEDED) {
                continue;
            }
            long[] a = by.computeIfAbsent(p.tender(), k -> new long[2]);
            a[0] += p.amount();
            a[1] += p.change();
        }
        return by.entrySet().stream().map(e -> new ShiftMoney.Entry(ShiftMoney.Kind.SALE, orderId, orderId,
                e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private Payment askGateway(Actor actor, Payment pending) {
        try {
            return payments.query(actor.tenantId(), pending.id());
        } catch (Rejection unavailable) {
            // the gateway does not answer now: the notification, or the next poll, tells
            return pending;
        }
    }

    /** The till's sale of the order (404 for an order not sold at this till). */
    private OrderView order(Actor actor, UUID tillId, UUID orderId) {
        Till till = access.selling(actor, tillId);
        sales.awaiting(actor.tenantId(), till.id(), orderId);
        return orders.find(actor.tenantId(), orderId).orElseThrow(() -> Rejection.notFound("order"));
    }

    /** The order's WeChat Pay tender opened by a QR (the one with a pay URL), the newest. */
    private Optional<Payment> qrPayment(Actor actor, OrderView order) {
        return payments.payments(actor.tenantId(), "order:" + order.id()).stream()
                .filter(p -> p.tender() == Tender.WECHAT_PAY && p.payUrl() != null)
                .reduce((a, b) -> b);
    }

    private static State view(OrderView order, Optional<Payment> qr) {
        return new State(order.id(), order.number(), order.status(), order.total(),
                qr.map(Payment::amount).orElse(0L), qr.map(Payment::payUrl).orElse(null),
                qr.map(Payment::status).orElse(null));
    }
}
