package io.oneshelf.inventory.replenishment;

import io.oneshelf.inventory.SkuLines;
import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Quantity;
import io.oneshelf.inventory.replenishment.ReplenishmentRequests.Approve;
import io.oneshelf.inventory.replenishment.ReplenishmentRequests.Cancel;
import io.oneshelf.inventory.replenishment.ReplenishmentRequests.Reject;
import io.oneshelf.inventory.replenishment.ReplenishmentRequests.Submit;
import io.oneshelf.inventory.replenishment.ReplenishmentService.ApproveOrder;
import io.oneshelf.inventory.replenishment.ReplenishmentService.SubmitOrder;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Replenishment orders (訂貨): a store asks HQ for stock; HQ approves (as a transfer) or rejects. */
@RestController
@Tag(name = "Replenishment orders")
class ReplenishmentController {

    private static final String ORDERS = "/api/v1/stock/replenishment-orders";

    private final ReplenishmentService service;

    ReplenishmentController(ReplenishmentService service) {
        this.service = service;
    }

    @PostMapping(ORDERS)
    @PreAuthorize("hasAuthority('stock:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "submitReplenishmentOrder", summary = "Ask HQ for stock for a store within your scope")
    ResponseEntity<ReplenishmentOrderView> submit(@Valid @RequestBody Submit request) {
        ReplenishmentOrderView o = service.submit(Actor.current(), new SubmitOrder(request.storeId(),
                request.warehouseId(), request.note(), request.lines().stream()
                        .map(l -> new SkuLines.Line(l.skuId(), l.quantity())).toList()));
        return ResponseEntity.created(URI.create(ORDERS + "/" + o.id())).body(o);
    }

    @GetMapping(ORDERS)
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "listReplenishmentOrders",
            summary = "Replenishment orders of the stores within your scope, oldest first")
    Page<ReplenishmentOrderView> list(@RequestParam(required = false) ReplenishmentStatus status,
                                  @RequestParam(required = false) UUID storeId,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(service.list(Actor.current(), status, storeId, Page.after(cursor), size + 1), size,
                ReplenishmentOrderView::id);
    }

    @GetMapping(ORDERS + "/{id}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getReplenishmentOrder",
            summary = "One replenishment order, with its transfer and that transfer's status once approved")
    ReplenishmentOrderView get(@PathVariable UUID id) {
        return service.get(Actor.current(), id);
    }

    @PostMapping(ORDERS + "/{id}/approve")
    @PreAuthorize("hasAuthority('stock:approve')")
    @Operation(operationId = "approveReplenishmentOrder",
            summary = "HQ approves from a warehouse, optionally editing quantities (0 drops a line); "
                         + "creates the transfer from the warehouse to the store")
    ReplenishmentOrderView approve(@PathVariable UUID id, @Valid @RequestBody Approve request) {
        return service.approve(Actor.current(), id, new ApproveOrder(request.warehouseId(),
                request.lines() == null ? null
                        : request.lines().stream().map(l -> new Quantity(l.skuId(), l.quantity())).toList()));
    }

    @PostMapping(ORDERS + "/{id}/reject")
    @PreAuthorize("hasAuthority('stock:approve')")
    @Operation(operationId = "rejectReplenishmentOrder", summary = "HQ rejects a submitted order, with a reason")
    ReplenishmentOrderView reject(@PathVariable UUID id, @Valid @RequestBody Reject request) {
        return service.reject(Actor.current(), id, request.reason());
    }

    @PostMapping(ORDERS + "/{id}/cancel")
    @PreAuthorize("hasAuthority('stock:write')")
    @Operation(operationId = "cancelReplenishmentOrder",
            summary = "The store withdraws an order HQ has not decided yet")
    ReplenishmentOrderView cancel(@PathVariable UUID id, @RequestBody(required = false) Cancel request) {
        return service.cancel(Actor.current(), id);
    }
}
