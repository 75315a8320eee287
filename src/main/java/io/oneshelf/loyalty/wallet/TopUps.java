package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.loyalty.WalletToppedUp;
import io.oneshelf.member.Customers;
import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.PaymentSucceeded;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tops wallets up. A top-up is paid through the payment module by reference {@code wallet-topup:<id>}: at a store
 * in cash or by card (paid at once, credited in the same transaction), online by WeChat Pay (credited when its
 * {@link PaymentSucceeded} is heard). Either way it is credited exactly once: the top-up turns CREDITED by a
 * conditional update, and its ledger entry is unique per top-up.
 */
@Service
class TopUps {

    /** What a top-up pays and adds: a plan's, or an amount of the caller's choosing without bonus. */
    record Amounts(UUID planId, String planName, long principal, long bonus) {
    }

    private final TopUpBook book;
    private final WalletPlans plans;
    private final WalletLedger ledger;
    private final WalletOwners owners;
    private final Customers customers;
    private final Payments payments;
    private final ApplicationEventPublisher events;

    TopUps(TopUpBook book, WalletPlans plans, WalletLedger ledger, WalletOwners owners, Customers customers,
           Payments payments, ApplicationEventPublisher events) {
        this.book = book;
        this.plans = plans;
        this.ledger = ledger;
        this.owners = owners;
        this.customers = customers;
        this.payments = payments;
        this.events = events;
    }

    /** The plan's amounts, or {@code amount} without bonus; exactly one of them. */
    Amounts amounts(UUID brandId, UUID planId, Long amount) {
        if (planId != null && amount != null) {
            throw Rejection.invalid("amount", "loyalty.wallet.top-up.plan-or-amount");
        }
        if (planId == null && amount == null) {
            throw Rejection.invalid("planId", "loyalty.wallet.top-up.plan-or-amount");
        }
        if (planId == null) {
            return new Amounts(null, null, amount, 0);
        }
        WalletPlan plan = plans.find(brandId, planId).filter(WalletPlan::active)
                .orElseThrow(() -> Rejection.invalid("planId", "loyalty.wallet.plan.unknown"));
        return new Amounts(plan.id(), plan.name(), plan.pay(), plan.bonus());
    }

    /**
     * A top-up at store {@code storeId} by staff {@code staffId}, paid in cash or by card there and credited now; the
     * value is the store owner's.
     */
    @Transactional
    TopUp atStore(UUID brandId, UUID customerId, Amounts amounts, UUID storeId, UUID staffId, Tender tender,
                  Long cashTendered, String cardReference) {
        if (tender != Tender.CASH && tender != Tender.CARD) {
            throw Rejection.invalid("tender", "loyalty.wallet.top-up.tender");
        }
        customers.find(brandId, customerId).orElseThrow(() -> Rejection.notFound("customer"));
        TopUp t = fresh(brandId, customerId, amounts, tender, storeId, staffId);
        book.insert(t, t.reference());
        Payment paid = payments.take(new TakePayment(brandId, t.reference(), tender, t.principal(), cashTendered,
                cardReference, description(t), storeId, staffId, t.reference()));
        book.paying(brandId, t.id(), paid.id(), null);
        if (paid.status() == PaymentStatus.SUCCEEDED) {
            credit(brandId, t.id(), paid.id());
        }
        return book.find(brandId, t.id()).orElseThrow();
    }

    /** A customer's own top-up in the shop, paid by WeChat Pay: open the answer's payUrl; the value is the brand's. */
    @Transactional
    TopUp online(UUID brandId, UUID customerId, Amounts amounts) {
        TopUp t = fresh(brandId, customerId, amounts, Tender.WECHAT_PAY, null, null);
        book.insert(t, t.reference());
        Payment opened = payments.take(new TakePayment(brandId, t.reference(), Tender.WECHAT_PAY, t.principal(), null,
                null, description(t), null, null, t.reference()));
        book.paying(brandId, t.id(), opened.id(), opened.payUrl());
        if (opened.status() == PaymentStatus.SUCCEEDED) {
            credit(brandId, t.id(), opened.id());
        }
        return book.find(brandId, t.id()).orElseThrow();
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        if (paid.reference() == null || !paid.reference().startsWith(TopUp.REFERENCE)) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(paid.reference().substring(TopUp.REFERENCE.length()));
        } catch (IllegalArgumentException e) {
            return;
        }
        credit(paid.brandId(), id, paid.paymentId());
    }

    /** Credits the top-up's value to the wallet unless it was credited already. */
    private void credit(UUID brandId, UUID topUpId, UUID paymentId) {
        if (!book.credited(brandId, topUpId, paymentId)) {
            return;
        }
        TopUp t = book.find(brandId, topUpId).orElseThrow();
        UUID wallet = ledger.open(brandId, t.customerId());
        ledger.append(new Entry(Ids.next(), brandId, wallet, t.customerId(), Entry.Kind.TOP_UP, t.id(), t.owner(),
                t.principal(), t.bonus(), t.reference(), paymentId, t.placeId(), t.owner(),
                OffsetDateTime.now(ZoneOffset.UTC)));
        events.publishEvent(new WalletToppedUp(brandId, wallet, t.customerId(), t.id(), t.planId(), t.principal(),
                t.bonus(), t.owner(), t.placeId(), paymentId));
    }

    private TopUp fresh(UUID brandId, UUID customerId, Amounts a, Tender tender, UUID placeId, UUID staffId) {
        ValueOwner owner = owners.ofPlace(brandId, placeId);
        return new TopUp(Ids.next(), brandId, customerId, a.planId(), a.planName(), a.principal(), a.bonus(), tender,
                placeId, owner, staffId, TopUp.Status.PENDING, null, null, OffsetDateTime.now(ZoneOffset.UTC), null);
    }

    private static String description(TopUp t) {
        return t.planName() != null ? t.planName() : "wallet top-up";
    }
}
