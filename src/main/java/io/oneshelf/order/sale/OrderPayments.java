package io.oneshelf.order.sale;

import io.oneshelf.inventory.StockHolds;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.PayOrder;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.PaymentSucceeded;
import io.oneshelf.payment.PaymentSummary;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.payment.RefundSucceeded;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's money: taking a tender for it (a guide's cash, a customer's WeChat Pay) and keeping the order in step
 * with the payment ledger. An order is paid once the ledger's net covers its total: then its held stock is
 * confirmed as a sale. A payment heard of twice, or after a refund, settles the same way: only the ledger counts.
 */
@Component
class OrderPayments {

    private final Payments payments;
    private final StockHolds holds;
    private final OrderRepository orders;
    private final OrderEvents events;

    private final io.oneshelf.order.booking.BookingDesk bookings;
    private final FulfilmentHolds fulfilmentHolds;

    OrderPayments(Payments payments, StockHolds holds, OrderRepository orders, OrderEvents events,
                  io.oneshelf.order.booking.BookingDesk bookings, FulfilmentHolds fulfilmentHolds) {
        this.fulfilmentHolds = fulfilmentHolds;
        this.bookings = bookings;
        this.payments = payments;
        this.holds = holds;
        this.orders = orders;
        this.events = events;
    }

    /** One tender towards an unpaid order, at most what is outstanding; a gateway tender pays the whole of it. */
    @Transactional
    Payment take(PayOrder c) {
        return take(c.brandId(), c.orderId(), c.tender(), c.amount(), c.cashTendered(), c.cardReference(), c.staff(),
                c.customerId(), c.key());
    }

    private Payment take(UUID brandId, UUID orderId, Tender tender, Long amount, Long cashTendered,
                         String cardReference, Actor staff, UUID customerId, String key) {
        Order order = orders.lock(brandId, orderId)
                .filter(o -> customerId == null || customerId.equals(o.customerId()))
                .orElseThrow(() -> Rejection.notFound("order"));
        if (order.status() != OrderStatus.CREATED) {
            throw Rejection.conflict("status", "order.pay.not-unpaid");
        }
        if (tender == null) {
            throw Rejection.invalid("tender", "validation.required");
        }
        if (!tender.online() && !tender.account() && staff == null) {
            throw Rejection.invalid("tender", "order.pay.online-only");
        }
        if (tender.account() && order.customerId() == null) {
            throw Rejection.invalid("tender", "order.pay.no-customer");
        }
        long outstanding = order.total() - payments.summary(brandId, order.reference()).net();
        long pay = amount == null || tender.online() ? outstanding : amount;
        if (pay < 1 || pay > outstanding) {
            throw Rejection.invalid("amount", "order.pay.amount", io.oneshelf.platform.Message.yuan(outstanding));
        }
        Payment payment = payments.take(new TakePayment(brandId, order.reference(), tender, pay, cashTendered,
                cardReference, order.number(), staff == null ? null : order.storeId(),
                staff == null ? null : staff.id(),
                // without a caller's key (an in-process call) every call is a new tender
                order.reference() + ":" + (key == null ? io.oneshelf.platform.Ids.next() : key),
                tender.account() ? order.customerId() : null));
        if (payment.status() == PaymentStatus.SUCCEEDED) {
            settle(order, staff == null ? Who.SYSTEM : Who.of(staff, null));
        }
        return payment;
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        orderOf(paid.reference()).ifPresent(id -> settle(paid.brandId(), id));
    }

    @ApplicationModuleListener
    void on(RefundSucceeded refunded) {
        orderOf(refunded.reference()).ifPresent(id -> settle(refunded.brandId(), id));
    }

    /** Brings the order in step with the ledger: paid in full → paid; always the latest paid and refunded. */
    @Transactional
    public void settle(UUID brandId, UUID orderId) {
        orders.lock(brandId, orderId).ifPresent(order -> settle(order, Who.SYSTEM));
    }

    /** Settles an order its caller locked already (the auto-cancel job finding it paid after all); the result. */
    Order settleLocked(Order order) {
        return settle(order, Who.SYSTEM);
    }

    private Order settle(Order order, Who who) {
        PaymentSummary money = payments.summary(order.brandId(), order.reference());
        Order next = order.money(money.paid(), money.refunded());
        if (order.status() == OrderStatus.CREATED && money.net() >= order.total()) {
            boolean till = order.channel() == io.oneshelf.order.OrderChannel.POS;
            // a till sale awaiting its QR posted its stock when placed: it holds none to confirm
            if (!till && !OrderService.stocked(order, bookings.unmadeLines(order.brandId(), order.id())).isEmpty()) {
                holds.confirm(BrandActor.of(order.brandId()), order.reference());
            }
            PaymentSummary kept = keepTheTotal(order, money);
            Order paid = orders.update(order, order.money(kept.paid(), kept.refunded()).paid(kept.paid()), who,
                    null);
            events.paid(paid);
            if (!till || fulfilmentHolds.held(order.brandId(), order.id())) {
                return paid;
            }
            // the customer has paid at the counter and leaves with the goods: completed, as a till sale is at once
            Order completed = orders.update(paid, paid.completed(), who, null);
            events.completed(completed);
            return completed;
        }
        if (keeps(order.status()) && money.net() > order.total()) {
            // a second capture whose settle came after the order was paid (its link paid before the first settle
            // closed it, but committed after that settle read the ledger): the surplus goes back all the same
            PaymentSummary kept = keepTheTotal(order, money);
            next = order.money(kept.paid(), kept.refunded());
        }
        if (next.paid() != order.paid() || next.refunded() != order.refunded()) {
            Order saved = orders.update(order, next, who, null);
            if (saved.refunded() > order.refunded()) {
                // a refund its return or cancel did not record (a gateway's, settled later; a voucher's share)
                events.refunded(saved, saved.refunded() - order.refunded());
            }
            return saved;
        }
        return order;
    }

    /**
     * Paid in full, the order takes no more money: its other pay links are closed (one paid anyway is refunded and
     * flagged by the payment module), and what was paid beyond the total (two links both paid, or cash taken while a
     * link was still open) goes back at once. The ledger's figures after that.
     */
    private PaymentSummary keepTheTotal(Order order, PaymentSummary money) {
        if (money.pending() > 0) {
            payments.close(order.brandId(), order.reference());
        }
        if (money.net() <= order.total()) {
            return money;
        }
        // one refund per captured total: idempotent when heard twice, and a later surplus gets its own
        payments.refund(new RefundPayment(order.brandId(), order.reference(),
                "overpaid:" + order.id() + ":" + money.paid(), money.net() - order.total(), "paid beyond the total"));
        return payments.summary(order.brandId(), order.reference());
    }

    /** Statuses of a paid order that keeps its total (a cancelled or refunded order's money is handled there). */
    private static boolean keeps(OrderStatus status) {
        return switch (status) {
            case PAID, FULFILLING, READY_FOR_PICKUP, SHIPPED, COMPLETED -> true;
            case CREATED, CANCELLED, REFUNDED -> false;
        };
    }

    static java.util.Optional<UUID> orderOf(String reference) {
        if (reference == null || !reference.startsWith("order:")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(UUID.fromString(reference.substring("order:".length())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
