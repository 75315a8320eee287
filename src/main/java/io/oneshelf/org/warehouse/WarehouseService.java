package io.oneshelf.org.warehouse;

import io.oneshelf.org.WarehouseChanged;
import io.oneshelf.org.WarehouseClosed;
import io.oneshelf.org.WarehouseCreated;
import org.springframework.context.ApplicationEventPublisher;
import io.oneshelf.org.Scopes;
import io.oneshelf.org.warehouse.Warehouse.WarehouseStatus;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, edits and closes warehouses within the caller's scope, auditing each change. */
@Service
class WarehouseService {

    /** A new warehouse; attributes are named as the API's body names them. */
    record Create(String code, String name, UUID regionId, String address, BigDecimal latitude,
                  BigDecimal longitude) {
    }

    /** New facts of a warehouse read at {@code version}. */
    record Edit(String name, UUID regionId, String address, BigDecimal latitude, BigDecimal longitude,
                int version) {
    }

    private final Warehouses warehouses;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    WarehouseService(Warehouses warehouses, Scopes scopes, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.warehouses = warehouses;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    Warehouse create(Actor actor, Create command) {
        checkRegion(actor, command.regionId());
        Warehouse warehouse = new Warehouse(Ids.next(), command.code(), command.name(), command.regionId(), null,
                command.address(), command.latitude(), command.longitude(), WarehouseStatus.ACTIVE, null, 0, null,
                null);
        try {
            warehouses.insert(actor.tenantId(), warehouse);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "org.warehouse.code-taken", command.code());
        }
        Warehouse created = get(actor, warehouse.id());
        audit.record(actor, "warehouse.created", "warehouse", created.id(), null, created);
        events.publishEvent(new WarehouseCreated(actor.tenantId(), created.id(), created.code(), created.name(),
                created.regionId(), created.address(), created.latitude(), created.longitude()));
        return created;
    }

    @Transactional
    Warehouse edit(Actor actor, UUID id, Edit command) {
        Warehouse before = get(actor, id);
        checkRegion(actor, command.regionId());
        Warehouse after = before.edit(command.name(), command.regionId(), command.address(), command.latitude(),
                command.longitude());
        Warehouse saved = save(actor, "warehouse.edited", before, after, command.version());
        events.publishEvent(new WarehouseChanged(actor.tenantId(), saved.id(), saved.code(), saved.name(),
                saved.regionId(), saved.address(), saved.latitude(), saved.longitude()));
        return saved;
    }

    @Transactional
    Warehouse close(Actor actor, UUID id, String reason) {
        Warehouse before = get(actor, id);
        Warehouse saved = save(actor, "warehouse.closed", before, before.close(reason), before.version());
        events.publishEvent(new WarehouseClosed(actor.tenantId(), saved.id(), saved.code(), saved.closedReason()));
        return saved;
    }

    Warehouse get(Actor actor, UUID id) {
        return warehouses.find(actor, id).orElseThrow(() -> Rejection.notFound("warehouse"));
    }

    private Warehouse save(Actor actor, String action, Warehouse before, Warehouse after, int expectedVersion) {
        warehouses.update(actor.tenantId(), after, expectedVersion);
        Warehouse saved = get(actor, after.id());
        audit.record(actor, action, "warehouse", saved.id(), before, saved);
        return saved;
    }

    private void checkRegion(Actor actor, UUID regionId) {
        if (regionId != null) {
            scopes.within(actor, ScopeType.REGION, regionId, "regionId");
        }
    }
}
