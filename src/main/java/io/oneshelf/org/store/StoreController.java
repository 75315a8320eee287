package io.oneshelf.org.store;

import io.oneshelf.org.store.Store.StoreStatus;
import io.oneshelf.org.store.StoreRequests.CloseStore;
import io.oneshelf.org.store.StoreRequests.CreateStore;
import io.oneshelf.org.store.StoreRequests.EditStore;
import io.oneshelf.org.store.StoreRequests.ReopenStore;
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
@RequestMapping("/api/v1/stores")
@Tag(name = "Stores")
class StoreController {

    private final Stores stores;
    private final StoreService service;

    StoreController(Stores stores, StoreService service) {
        this.stores = stores;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('store:read')")
    @Operation(operationId = "listStores", summary = "List the stores within your scope")
    Page<StoreResponse> list(@RequestParam(required = false) String q, @RequestParam(required = false) StoreStatus status,
                     @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(stores.list(Actor.current(), q, status, Page.after(cursor), size + 1), size, Store::id)
                .map(StoreResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('store:read')")
    @Operation(operationId = "getStore", summary = "One store")
    StoreResponse get(@PathVariable UUID id) {
        return StoreResponse.of(service.get(Actor.current(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('store:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createStore", summary = "Open a new store")
    ResponseEntity<StoreResponse> create(@Valid @RequestBody CreateStore request) {
        Store store = service.create(Actor.current(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/stores/" + store.id())).body(StoreResponse.of(store));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('store:write')")
    @Operation(operationId = "editStore", summary = "Edit a store (send the version you read)")
    StoreResponse edit(@PathVariable UUID id, @Valid @RequestBody EditStore request) {
        return StoreResponse.of(service.edit(Actor.current(), id, request.command()));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('store:write')")
    @Operation(operationId = "closeStore", summary = "Close a store")
    StoreResponse close(@PathVariable UUID id, @Valid @RequestBody CloseStore request) {
        return StoreResponse.of(service.close(Actor.current(), id, request.reason()));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('store:write')")
    @Operation(operationId = "reopenStore", summary = "Reopen a closed store")
    StoreResponse reopen(@PathVariable UUID id, @RequestBody(required = false) ReopenStore request) {
        return StoreResponse.of(service.reopen(Actor.current(), id));
    }
}
