package io.oneshelf.distribution.network;

import io.oneshelf.distribution.DistributorApproved;
import io.oneshelf.distribution.network.Distributor.Status;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and staff's decisions on them. A member applies once (asking again answers their application; a
 * rejected one may apply again), named as invited by a distributor's code when they came by one; staff approve or
 * reject a pending application, freeze an approved distributor (they stop earning) and approve them again.
 */
@Service
public class Distributors {

    /** The decisions staff may take from each status. */
    static final Map<Status, Set<Status>> DECISIONS = Map.of(
            Status.PENDING, Set.of(Status.APPROVED, Status.REJECTED),
            Status.APPROVED, Set.of(Status.FROZEN, Status.APPROVED),
            Status.FROZEN, Set.of(Status.APPROVED),
            Status.REJECTED, Set.of());

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DistributorStore store;
    private final LevelStore levels;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Distributors(DistributorStore store, LevelStore levels, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.levels = levels;
        this.audit = audit;
        this.events = events;
    }

    /** The customer's application, made now unless they have one. An unknown inviter code is 400 on inviterCode. */
    @Transactional
    public Distributor apply(UUID brand, UUID customer, String inviterCode, String payee) {
        UUID inviter = null;
        if (inviterCode != null && !inviterCode.isBlank()) {
            Distributor by = store.byCode(brand, inviterCode).filter(Distributor::approved)
                    .orElseThrow(() -> Rejection.invalid("inviterCode", "distribution.code.unknown"));
            inviter = by.customerId().equals(customer) ? null : by.id();
        }
        var existing = store.ofCustomer(brand, customer);
        if (existing.isPresent()) {
            store.reapply(brand, existing.get().id(), inviter, payee);
            return store.ofCustomer(brand, customer).orElseThrow();
        }
        return store.apply(brand, customer, newCode(), inviter, payee);
    }

    /** Staff's decision: the new status and level, if the caller read the current version. */
    @Transactional
    public Distributor decide(Actor actor, UUID id, Status status, int level, int version) {
        if (!actor.brandWide()) {
            throw Rejection.forbidden("distribution.brand-wide-only");
        }
        Distributor before = store.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("distributor"));
        if (!DECISIONS.get(before.status()).contains(status)) {
            throw Rejection.conflict("status", "distribution.distributor.decision-refused", before.status(), status);
        }
        if (levels.of(actor.tenantId(), level).isEmpty()) {
            throw Rejection.invalid("level", "distribution.level.unknown", level);
        }
        if (before.version() != version || !store.decide(actor.tenantId(), id, status, level, actor.id(), version)) {
            throw Rejection.staleVersion();
        }
        Distributor after = store.find(actor.tenantId(), id).orElseThrow();
        audit.record(actor, "distributor.decide", "distributor", id, before, after);
        if (status == Status.APPROVED && before.status() == Status.PENDING) {
            events.publishEvent(new DistributorApproved(actor.tenantId(), id, after.customerId(), after.code(),
                    after.level(), after.inviterId()));
        }
        return after;
    }

    /** Eight letters and digits, none that read alike (0/O, 1/I): a code to say aloud or type. */
    private static String newCode() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
