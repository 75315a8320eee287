package io.oneshelf.payment.tender;

import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.PaymentSucceeded;
import io.oneshelf.payment.PaymentSummary;
import io.oneshelf.payment.Payments;
import io.oneshelf.payment.Refund;
import io.oneshelf.payment.RefundPayment;
import io.oneshelf.payment.TakePayment;
import io.oneshelf.payment.Tender;
import io.oneshelf.payment.gateway.PaymentProvider;
import io.oneshelf.payment.gateway.PaymentSettings;
import io.oneshelf.payment.gateway.ServerAddress;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes tenders, refunds them and closes references: the module's {@link Payments}. Cash and card are settled
 * here and now; a gateway tender is opened at its {@link PaymentProvider} and settled by {@link GatewayOutcomes}
 * when the gateway says so, or, with a scanned payment code, charged at once by {@link CodePayments}. Every change runs in the caller's transaction (or one of its own).
 */
@Service
class PaymentDesk implements Payments {

    private final PaymentBook payments;
    private final RefundDesk refunds;
    private final MoneyLedger ledger;
    private final PaymentProvider provider;
    private final GatewayCalls calls;
    private final GatewayWork work;
    private final ServerAddress address;
    private final PaymentSettings settings;
    private final ApplicationEventPublisher events;
    private final AccountTenders accounts;
    private final CodePayments codes;

    PaymentDesk(AccountTenders accounts, PaymentBook payments, RefundDesk refunds, MoneyLedger ledger, PaymentProvider provider,
                GatewayCalls calls, GatewayWork work, ServerAddress address, PaymentSettings settings,
                ApplicationEventPublisher events, CodePayments codes) {
        this.codes = codes;
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.provider = provider;
        this.calls = calls;
        this.work = work;
        this.address = address;
        this.settings = settings;
        this.events = events;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public Payment take(TakePayment c) {
        TakeRules.check(c);
        accounts.check(c.tender());
        Optional<Tendered> earlier = payments.byKey(c.brandId(), c.key());
        if (earlier.isPresent()) {
            return same(c, earlier.get()).view();
        }
        Tendered fresh = TakeRules.fresh(c, Ids.next());
        if (!payments.insert(fresh)) {
            // a concurrent call with the key committed first: answer its payment
            return same(c, payments.byKey(c.brandId(), c.key()).orElseThrow()).view();
        }
        if (fresh.status() == PaymentStatus.SUCCEEDED) {
            if (fresh.tender().account()) {
                accounts.debit(fresh);
            }
            ledger.capture(fresh);
            events.publishEvent(new PaymentSucceeded(fresh.tenantId(), fresh.id(), fresh.reference(), fresh.tender(),
                    fresh.amount(), null, fresh.placeIds()));
            return payments.find(c.brandId(), fresh.id()).orElseThrow().view();
        }
        if (CodePayments.scanned(c)) {
            codes.charge(fresh, c.authCode());
            return payments.find(c.brandId(), fresh.id()).orElseThrow().view();
        }
        String payUrl = open(fresh);
        Tendered opened = fresh.withPayUrl(payUrl);
        payments.update(opened);
        return payments.find(c.brandId(), fresh.id()).orElseThrow().view();
    }

    /** Opens the payment at its gateway; a gateway that cannot take it refuses the whole call. */
    private String open(Tendered p) {
        try {
            String description = p.description() == null || p.description().isBlank() ? p.reference()
                    : p.description();
            return provider.prepay(p.outTradeNo(), description, p.amount(),
                    OffsetDateTime.now(ZoneOffset.ofHours(8)).plus(settings.wechatpay().payTimeout()),
                    address.notifyUrl());
        } catch (PaymentProvider.GatewayUnavailable | PaymentProvider.GatewayRefused e) {
            throw new Rejection(Rejection.Kind.SERVICE_UNAVAILABLE,
                    Message.of("payment.gateway.unavailable", e.getMessage()));
        }
    }

    /** The payment an earlier call with the key made, if this call asks for the same. */
    private static Tendered same(TakePayment c, Tendered earlier) {
        if (!earlier.reference().equals(c.reference()) || earlier.tender() != c.tender()
            || earlier.amount() != c.amount()) {
            throw Rejection.conflict("key", "payment.key-reused");
        }
        return earlier;
    }

    @Override
    @Transactional
    public Refund refund(RefundPayment command) {
        return refunds.refund(command);
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentSummary summary(UUID brandId, String reference) {
        return ledger.summary(brandId, reference);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Payment> payments(UUID brandId, String reference) {
        return payments.ofReference(brandId, reference).stream().map(Tendered::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Payment> find(UUID brandId, UUID paymentId) {
        return payments.find(brandId, paymentId).map(Tendered::view);
    }

    /** Not transactional: the gateway is asked outside any transaction, its answer applied in one of its own. */
    @Override
    public Payment query(UUID brandId, UUID paymentId) {
        Tendered p = payments.find(brandId, paymentId).orElseThrow(() -> Rejection.notFound("payment"));
        if (!p.tender().online()) {
            return p.view();
        }
        try {
            if (p.status() == PaymentStatus.PENDING) {
                return work.query(brandId, p).view();
            }
            if (p.status() == PaymentStatus.CLOSED && !p.gatewayClosed()) {
                work.close(brandId, p.id());
            }
        } catch (PaymentProvider.GatewayUnavailable | PaymentProvider.GatewayRefused e) {
            throw new Rejection(Rejection.Kind.SERVICE_UNAVAILABLE,
                    Message.of("payment.gateway.unavailable", e.getMessage()));
        }
        return payments.find(brandId, paymentId).orElseThrow().view();
    }

    @Override
    @Transactional
    public void close(UUID brandId, String reference) {
        Objects.requireNonNull(brandId, "brandId");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Tendered> closed = payments.lockPending(brandId, reference).stream()
                .map(p -> p.end(PaymentStatus.CLOSED, false, now)).toList();
        closed.forEach(payments::update);
        calls.closeAfterCommit(closed.stream().filter(p -> p.tender() == Tender.WECHAT_PAY).toList());
    }
}
