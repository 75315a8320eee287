package io.oneshelf.org.warehouse;

import io.oneshelf.org.Scopes;
import io.oneshelf.org.warehouse.Warehouse.WarehouseStatus;
import io.oneshelf.org.warehouse.WarehouseRequests.CloseWarehouse;
import io.oneshelf.org.warehouse.WarehouseRequests.CreateWarehouse;
import io.oneshelf.org.warehouse.WarehouseRequests.EditWarehouse;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.platform.web.ApiProblem;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import io.oneshelf.org.WarehouseChanged;
import io.oneshelf.org.WarehouseClosed;
import io.oneshelf.org.WarehouseCreated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouses")
@Tag(name = "Warehouses")
class WarehouseController {

    private final Warehouses warehouses;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    WarehouseController(Warehouses warehouses, Scopes scopes, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.warehouses = warehouses;
        this.scopes = scopes;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('warehouse:read')")
    @Operation(operationId = "listWarehouses", summary = "List warehouses within your scope")
    Page<Warehouse> list(@RequestParam(required = false) String q,
                         @RequestParam(required = false) WarehouseStatus status,
                         @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(warehouses.list(Actor.current(), q, status, Page.after(cursor), size + 1), size, Warehouse::id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:read')")
    @Operation(operationId = "getWarehouse", summary = "One warehouse")
    Warehouse get(@PathVariable UUID id) {
        return find(Actor.current(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:write')")
    @Transactional
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createWarehouse", summary = "Create a warehouse")
    ResponseEntity<Warehouse> create(@Valid @RequestBody CreateWarehouse request) {
        Actor actor = Actor.current();
        checkRegion(actor, request.regionId());
        Warehouse warehouse = new Warehouse(Ids.next(), actor.tenantId(), request.code(), request.name(),
                request.regionId(), null, request.address(), request.latitude(), request.longitude(),
                WarehouseStatus.ACTIVE, null, 0, null, null);
        try {
            warehouses.insert(warehouse);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("code", "org.warehouse.code-taken", request.code());
        }
        Warehouse created = find(actor, warehouse.id());
        audit.record(actor, "warehouse.created", "warehouse", created.id(), null, created);
        events.publishEvent(new WarehouseCreated(actor.tenantId(), created.id(), created.code(), created.name(),
                created.regionId(), created.address(), created.latitude(), created.longitude()));
        return ResponseEntity.created(URI.create("/api/v1/warehouses/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:write')")
    @Transactional
    @Operation(operationId = "editWarehouse", summary = "Edit a warehouse (send the version you read)")
    Warehouse edit(@PathVariable UUID id, @Valid @RequestBody EditWarehouse request) {
        Actor actor = Actor.current();
        Warehouse before = find(actor, id);
        checkRegion(actor, request.regionId());
        Warehouse after = before.edit(request.name(), request.regionId(), request.address(), request.latitude(),
                request.longitude());
        Warehouse saved = save(actor, "warehouse.edited", before, after, request.version());
        events.publishEvent(new WarehouseChanged(actor.tenantId(), saved.id(), saved.code(), saved.name(),
                saved.regionId(), saved.address(), saved.latitude(), saved.longitude()));
        return saved;
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('warehouse:write')")
    @Transactional
    @Operation(operationId = "closeWarehouse", summary = "Close a warehouse")
    Warehouse close(@PathVariable UUID id, @Valid @RequestBody CloseWarehouse request) {
        Actor actor = Actor.current();
        Warehouse before = find(actor, id);
        Warehouse saved = save(actor, "warehouse.closed", before, before.close(request.reason()), before.version());
        events.publishEvent(new WarehouseClosed(actor.tenantId(), saved.id(), saved.code(), saved.closedReason()));
        return saved;
    }

    private Warehouse save(Actor actor, String action, Warehouse before, Warehouse after, int expectedVersion) {
        warehouses.update(after, expectedVersion);
        Warehouse saved = find(actor, after.id());
        audit.record(actor, action, "warehouse", saved.id(), before, saved);
        return saved;
    }

    private Warehouse find(Actor actor, UUID id) {
        return warehouses.find(actor, id).orElseThrow(() -> ApiProblem.notFound("warehouse"));
    }

    private void checkRegion(Actor actor, UUID regionId) {
        if (regionId != null) {
            scopes.within(actor, ScopeType.REGION, regionId, "regionId");
        }
    }
}
