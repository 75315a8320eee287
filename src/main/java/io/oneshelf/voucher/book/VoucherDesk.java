package io.oneshelf.voucher.book;

import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.Orders;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.voucher.VoucherRedeemed;
import io.oneshelf.voucher.VoucherRefunded;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vouchers at the store: looked up and redeemed (核銷) by the staff of the voucher's store, in part or whole, under
 * the voucher's row lock so that two tills never redeem the same use; refunded when unused. An untouched voucher
 * goes back as a return of its order line (one unit, the order's own apportioned amount, the service restocked at
 * its store); a partly used one refunds the unused share of its price to the order's tenders.
 */
@Service
class VoucherDesk {

    private final VoucherBook book;
    private final Orders orders;
    private final Payments payments;
    private final Places places;
    private final ApplicationEventPublisher events;

    VoucherDesk(VoucherBook book, Orders orders, Payments payments, Places places, ApplicationEventPublisher events) {
        this.book = book;
        this.orders = orders;
        this.payments = payments;
        this.places = places;
        this.events = events;
    }

    /** The voucher a code or scanned QR names, if the caller's scope reaches its store; changes nothing. */
    VoucherViews.VoucherView lookup(Actor actor, String code) {
        Voucher v = book.byCode(actor.tenantId(), code, false).orElseThrow(() -> Rejection.notFound("voucher"));
        atMyStore(actor, v);
        return view(v);
    }

    @Transactional
    VoucherViews.VoucherView redeem(Actor actor, String code, int uses) {
        Voucher v = book.byCode(actor.tenantId(), code, true).orElseThrow(() -> Rejection.notFound("voucher"));
        atMyStore(actor, v);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (v.remaining() == 0) {
            throw Rejection.conflict("code", v.refunded() > 0 ? "voucher.refunded" : "voucher.used-up");
        }
        if (v.expired(now)) {
            throw Rejection.conflict("code", "voucher.expired", v.expiresAt().toLocalDate().toString());
        }
        if (uses > v.remaining()) {
            throw Rejection.invalid("uses", "voucher.uses.remaining", v.remaining());
        }
        Voucher after = v.redeem(uses);
        book.use(after, "REDEEM", uses, 0, actor, now);
        events.publishEvent(new VoucherRedeemed(v.brandId(), v.id(), v.orderId(), v.storeId(), v.customerId(), uses,
                after.remaining(), actor.id()));
        return view(after);
    }

    /** Refunds what is left of a voucher of the caller's scope, expired or not. */
    @Transactional
    VoucherViews.VoucherView refund(Actor actor, UUID id) {
        Voucher v = visible(actor, id, true);
        if (v.remaining() == 0) {
            throw Rejection.conflict("status", "voucher.nothing-to-refund");
        }
        int uses = v.remaining();
        Voucher after;
        if (v.redeemed() == 0 && v.refunded() == 0) {
            OrderReturn back = orders.returnLines(new ReturnLines(v.brandId(), v.orderId(), actor, null,
                    List.of(new ReturnLines.Line(v.lineIndex(), 1)), v.storeId(), true, "voucher " + v.code(),
                    "voucher:" + v.id()));
            after = v.refund(back.amount(), true);
        } else {
            long amount = v.unusedValue();
            if (amount > 0) {
                payments.refund(new RefundPayment(v.brandId(), "order:" + v.orderId(), "voucher:" + v.id(),
                        amount, "VOUCHER_UNUSED"));
            }
            after = v.refund(amount, false);
        }
        long amount = after.refundAmount() - v.refundAmount();
        book.use(after, "REFUND", uses, amount, actor, OffsetDateTime.now(ZoneOffset.UTC));
        events.publishEvent(new VoucherRefunded(v.brandId(), v.id(), v.orderId(), v.storeId(), uses, amount,
                after.returned()));
        return view(after);
    }

    /** A voucher at a store of the caller's scope; 404 otherwise, as if it did not exist. */
    Voucher visible(Actor actor, UUID id, boolean lock) {
        Voucher v = book.find(actor.tenantId(), id, lock).orElseThrow(() -> Rejection.notFound("voucher"));
        if (!reaches(actor, v.storeId())) {
            throw Rejection.notFound("voucher");
        }
        return v;
    }

    VoucherViews.VoucherView view(Voucher v) {
        String store = places.find(v.brandId(), v.storeId()).map(PlaceRef::name).orElse(null);
        return VoucherViews.VoucherView.of(v, store, book.uses(v.brandId(), v.id()),
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    boolean reaches(Actor actor, UUID storeId) {
        return actor.brandWide() || places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(),
                storeId);
    }

    private void atMyStore(Actor actor, Voucher v) {
        if (!reaches(actor, v.storeId())) {
            throw Rejection.invalid("code", "voucher.other-store");
        }
    }
}
