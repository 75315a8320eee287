package io.oneshelf.distribution.commission;

import io.oneshelf.distribution.WithdrawalPaid;
import io.oneshelf.distribution.WithdrawalRequested;
import io.oneshelf.distribution.network.Distributor;
import io.oneshelf.distribution.network.DistributorStore;
import io.oneshelf.distribution.network.SettingsStore;
import io.oneshelf.payment.Transfers;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawals of available commission. A request locks the distributor's row before it reads the balance, so two
 * requests at once decide one after the other and never hold more than is available. Staff approve (the gateway
 * transfers the amount, named by the withdrawal, so asking again after a failure pays once) or reject; the
 * withdrawal's row is locked while they decide, so it is decided, and paid, once.
 */
@Service
public class Withdrawals {

    private final Payouts payouts;
    private final DistributorStore distributors;
    private final SettingsStore settings;
    private final Transfers transfers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Withdrawals(Payouts payouts, DistributorStore distributors, SettingsStore settings, Transfers transfers,
                AuditLog audit, ApplicationEventPublisher events) {
        this.payouts = payouts;
        this.distributors = distributors;
        this.settings = settings;
        this.transfers = transfers;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Withdrawal request(UUID brand, Distributor mine, long amount) {
        Distributor d = distributors.lock(brand, mine.id()).orElseThrow();
        if (!d.approved()) {
            throw Rejection.conflict("status", "distribution.distributor.not-approved");
        }
        if (d.payee() == null || d.payee().isBlank()) {
            throw Rejection.conflict("payee", "distribution.withdrawal.no-payee");
        }
        long least = settings.of(brand).minWithdrawal();
        if (amount < least) {
            throw Rejection.invalid("amount", "distribution.withdrawal.too-little", least);
        }
        long available = payouts.balance(brand, d.id()).available();
        if (amount > available) {
            throw Rejection.conflict("amount", "distribution.withdrawal.too-much", available);
        }
        Withdrawal w = payouts.request(brand, d.id(), amount);
        events.publishEvent(new WithdrawalRequested(brand, w.id(), d.id(), amount));
        return w;
    }

    /** Pays (approve) or rejects a requested withdrawal; a decided one is 409 on status. */
    @Transactional
    public Withdrawal decide(Actor actor, UUID id, boolean approve, String reason) {
        if (!actor.brandWide()) {
            throw Rejection.forbidden("distribution.brand-wide-only");
        }
        Withdrawal w = payouts.lock(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("withdrawal"));
        if (!w.status().equals("REQUESTED")) {
            throw Rejection.conflict("status", "distribution.withdrawal.decided", w.status());
        }
        Withdrawal after;
        if (!approve) {
            after = payouts.decide(actor.tenantId(), w, "REJECTED", actor.id(), null, reason);
        } else {
            Distributor d = distributors.find(actor.tenantId(), w.distributorId()).orElseThrow();
            after = pay(actor, w, d);
        }
        audit.record(actor, approve ? "distribution-withdrawal.approve" : "distribution-withdrawal.reject",
                "distribution_withdrawal", id, w, after);
        return after;
    }

    private Withdrawal pay(Actor actor, Withdrawal w, Distributor d) {
        Transfers.Transfer t;
        try {
            t = transfers.transfer(w.id().toString().replace("-", ""), d.payee(), w.amount(),
                    "commission withdrawal");
        } catch (Rejection refused) {
            return payouts.decide(actor.tenantId(), w, "FAILED", actor.id(), null, "the gateway refused the payee");
        }
        Withdrawal paid = payouts.decide(actor.tenantId(), w, "PAID", actor.id(), t.batchId(), null);
        events.publishEvent(new WithdrawalPaid(actor.tenantId(), w.id(), d.id(), w.amount(), t.batchId()));
        return paid;
    }
}
