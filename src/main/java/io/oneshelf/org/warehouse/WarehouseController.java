package io.oneshelf.org.warehouse;

import io.oneshelf.org.warehouse.Warehouse.WarehouseStatus;
import io.oneshelf.org.warehouse.WarehouseRequests.CloseWarehouse;
import io.oneshelf.org.warehouse.WarehouseRequests.CreateWarehouse;
import io.oneshelf.org.warehouse.WarehouseRequests.EditWarehouse;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final WarehouseService service;

    WarehouseController(Warehouses warehouses, WarehouseService service) {
        this.warehouses = warehouses;
        this.service = service;
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
        return service.get(Actor.current(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('warehouse:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createWarehouse", summary = "Create a warehouse")
    ResponseEntity<Warehouse> create(@Valid @RequestBody CreateWarehouse request) {
        Warehouse created = service.create(Actor.current(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/warehouses/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('warehouse:write')")
    @Operation(operationId = "editWarehouse", summary = "Edit a warehouse (send the version you read)")
    Warehouse edit(@PathVariable UUID id, @Valid @RequestBody EditWarehouse request) {
        return service.edit(Actor.current(), id, request.command());
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('warehouse:write')")
    @Operation(operationId = "closeWarehouse", summary = "Close a warehouse")
    Warehouse close(@PathVariable UUID id, @Valid @RequestBody CloseWarehouse request) {
        return service.close(Actor.current(), id, request.reason());
    }
}
