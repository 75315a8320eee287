package io.oneshelf.org.store;

import io.oneshelf.org.Scopes;
import io.oneshelf.org.store.Store.StoreStatus;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, edits, closes and reopens stores within the caller's scope, auditing each change. */
@Service
class StoreService {

    /** A store to open under {@code code}; the details' faults name the API's fields ({@code closesAt} ...). */
    record Open(String code, StoreDetails details) {
    }

    /** New details of a store read at {@code version}. */
    record Edit(StoreDetails details, int version) {
    }

    private final Stores stores;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    StoreService(Stores stores, Scopes scopes, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.stores = stores;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    Store create(Actor actor, Open request) {
        StoreDetails d = placed(actor, request.details().validated());
        Store store = new Store(Ids.next(), request.code(), d.name(), d.kind(), d.regionId(), null,
                d.franchiseeId(), null, d.address(), d.latitude(), d.longitude(), d.opensAt(), d.closesAt(),
                d.phone(), StoreStatus.OPEN, null, 0, null, null);
        try {
            stores.insert(actor.tenantId(), store);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "org.store.code-taken", request.code());
        }
        Store created = stores.find(actor, store.id()).orElseThrow();
        audit.record(actor, "store.created", "store", created.id(), null, created);
        events.publishEvent(StoreEvents.created(actor.tenantId(), created));
        return created;
    }

    @Transactional
    Store edit(Actor actor, UUID id, Edit request) {
        Store before = get(actor, id);
        Store after = before.edit(placed(actor, request.details().validated()));
        Store saved = save(actor, "store.edited", before, after, request.version());
        events.publishEvent(StoreEvents.changed(actor.tenantId(), saved));
        return saved;
    }

    @Transactional
    Store close(Actor actor, UUID id, String reason) {
        Store before = get(actor, id);
        Store saved = save(actor, "store.closed", before, before.close(reason), before.version());
        events.publishEvent(StoreEvents.closed(actor.tenantId(), saved));
        return saved;
    }

    @Transactional
    Store reopen(Actor actor, UUID id) {
        Store before = get(actor, id);
        Store saved = save(actor, "store.reopened", before, before.reopen(), before.version());
        events.publishEvent(StoreEvents.reopened(actor.tenantId(), saved));
        return saved;
    }

    Store get(Actor actor, UUID id) {
        return stores.find(actor, id).orElseThrow(() -> Rejection.notFound("store"));
    }

    private Store save(Actor actor, String action, Store before, Store after, int expectedVersion) {
        stores.update(actor.tenantId(), after, expectedVersion);
        Store saved = get(actor, after.id());
        audit.record(actor, action, "store", saved.id(), before, saved);
        return saved;
    }

    /** The region must be within the caller's scope and the franchisee must belong to the brand. */
    private StoreDetails placed(Actor actor, StoreDetails details) {
        scopes.within(actor, ScopeType.REGION, details.regionId(), "regionId");
        if (details.franchiseeId() != null
                && scopes.resolve(actor.tenantId(), ScopeType.FRANCHISEE, details.franchiseeId()).isEmpty()) {
            throw Rejection.invalid("franchiseeId", "org.franchisee.foreign");
        }
        return details;
    }
}
