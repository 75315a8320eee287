package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.stock.StockRequests.Adjustment;
import io.oneshelf.inventory.stock.StockRequests.Receipt;
import io.oneshelf.inventory.stock.StockViews.OnlineStock;
import io.oneshelf.inventory.stock.StockViews.Reconciliation;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The stock ledger: receipts, adjustments, balances, movement history, reconciliation, online stock. */
@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock")
class StockController {

    private final StockService service;
    private final StockQueries queries;

    StockController(StockService service, StockQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @PostMapping("/receipts")
    @PreAuthorize("hasAuthority('stock:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "receiveStock", summary = "Receive stock at a store or warehouse")
    StockMovement receive(@Valid @RequestBody Receipt request) {
        return service.receive(Actor.current(), request);
    }

    @PostMapping("/adjustments")
    @PreAuthorize("hasAuthority('stock:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "adjustStock",
            summary = "Adjust on-hand stock up or down, with a reason; never below what is reserved")
    StockMovement adjust(@Valid @RequestBody Adjustment request) {
        return service.adjust(Actor.current(), request);
    }

    @GetMapping("/balances")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "listStockBalances",
            summary = "On hand, reserved and available per SKU and location within your scope")
    Page<Balance> balances(@RequestParam(required = false) UUID skuId, @RequestParam(required = false) UUID locationId,
                           @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(queries.balances(Actor.current(), skuId, locationId, Page.after(cursor), size + 1), size,
                Balance::id);
    }

    @GetMapping("/low-stock")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "listLowStock",
            summary = "Low-stock alerts: balances within your scope whose available is at most the safety stock,"
                         + " or at most the threshold when one is given")
    Page<Balance> lowStock(@RequestParam(required = false) UUID locationId,
                           @RequestParam(required = false) @Min(0) Long threshold,
                           @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(queries.lowStock(Actor.current(), locationId, threshold, Page.after(cursor), size + 1), size,
                Balance::id);
    }

    @GetMapping("/movements")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "listStockMovements", summary = "The stock ledger, oldest first")
    Page<StockMovement> movements(@RequestParam(required = false) UUID skuId,
                                  @RequestParam(required = false) UUID locationId,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(queries.movements(Actor.current(), skuId, locationId, Page.after(cursor), size + 1), size,
                StockMovement::id);
    }

    @GetMapping("/reconciliation")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getStockReconciliation",
            summary = "Balances that differ from the sums of the ledger (none when all is well)")
    Reconciliation reconciliation() {
        return queries.reconcile(Actor.current());
    }

    @GetMapping("/online/{skuId}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getOnlineStock",
            summary = "Online sellable quantity of a SKU, and its availability per place within your scope")
    OnlineStock online(@PathVariable UUID skuId) {
        return queries.online(Actor.current(), skuId);
    }
}
