package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.stock.StockViews.OnlineStock;
import io.oneshelf.inventory.stock.StockViews.Reconciliation;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.inventory.stock.StockViews.Verification;
import io.oneshelf.platform.web.Page;
import io.oneshelf.platform.web.TimePage;
import io.oneshelf.platform.web.TimeWindow;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.OffsetDateTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    private final LedgerReconciliation reconciliation;

    StockController(StockService service, StockQueries queries, LedgerReconciliation reconciliation) {
        this.service = service;
        this.queries = queries;
        this.reconciliation = reconciliation;
    }

    @PostMapping("/receipts")
    @PreAuthorize("hasAuthority('stock:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "receiveStock", summary = "Receive stock at a store or warehouse")
    StockMovement receive(@Valid @RequestBody StockRequests.Receipt request) {
        return service.receive(Actor.current(), new StockService.Receipt(request.skuId(), request.locationId(),
                request.quantity(), request.reference()));
    }

    @PostMapping("/adjustments")
    @PreAuthorize("hasAuthority('stock:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "adjustStock",
            summary = "Adjust on-hand stock up or down, with a reason; never below what is reserved")
    StockMovement adjust(@Valid @RequestBody StockRequests.Adjustment request) {
        return service.adjust(Actor.current(), new StockService.Adjustment(request.skuId(), request.locationId(),
                request.quantity(), request.reason(), request.correctsId()));
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
    @Operation(operationId = "listStockMovements",
            summary = "The stock ledger, newest first (or oldest first), optionally of one SKU and one place and"
                      + " within a time window; cursors go both ways")
    TimePage<StockMovement> movements(
            @RequestParam(required = false) UUID skuId, @RequestParam(required = false) UUID locationId,
            @Parameter(description = "Movements recorded at or after this time")
            @RequestParam(required = false) OffsetDateTime from,
            @Parameter(description = "Movements recorded before this time")
            @RequestParam(required = false) OffsetDateTime to,
            @Parameter(schema = @Schema(allowableValues = {"newest", "oldest"}, defaultValue = "newest"))
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        TimeWindow window = TimeWindow.of(from, to, order, cursor);
        return window.page(queries.movements(Actor.current(), skuId, locationId, window, size + 1), size,
                StockMovement::id);
    }

    @GetMapping("/reconciliation")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getStockReconciliation",
            summary = "Balances within your scope (optionally of one place and one SKU) that differ from the sums of"
                      + " the ledger (none when all is well): checkpointed sums plus the movements since")
    Reconciliation reconciliation(@RequestParam(required = false) UUID locationId,
                                  @RequestParam(required = false) UUID skuId) {
        return reconciliation.check(Actor.current(), skuId, locationId);
    }

    @PostMapping("/reconciliation/verifications")
    @PreAuthorize("hasAuthority('stock:write')")
    @ApiResponse(responseCode = "202", description = "Accepted: the verification runs in the background; poll the"
                                                     + " Location", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "The verification to poll"))
    @Operation(operationId = "startLedgerVerification",
            summary = "Re-verify the brand's whole ledger in the background (or join the run already going):"
                      + " every balance against all of its history, every checkpoint re-proved")
    ResponseEntity<Verification> verify() {
        Verification v = reconciliation.start(Actor.current());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/stock/reconciliation/verifications/" + v.id())).body(v);
    }

    @GetMapping("/reconciliation/verifications/latest")
    @PreAuthorize("hasAuthority('stock:read')")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "The brand has had no verification yet")
    @Operation(operationId = "getLatestLedgerVerification",
            summary = "The brand's latest full verification: progress and what it found")
    Verification latestVerification() {
        return reconciliation.latest(Actor.current());
    }

    @GetMapping("/reconciliation/verifications/{id}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getLedgerVerification", summary = "A full verification: progress and what it found")
    Verification verification(@PathVariable UUID id) {
        return reconciliation.verification(Actor.current(), id);
    }

    @GetMapping("/online/{skuId}")
    @PreAuthorize("hasAuthority('stock:read')")
    @Operation(operationId = "getOnlineStock",
            summary = "Online sellable quantity of a SKU, and its availability per place within your scope")
    OnlineStock online(@PathVariable UUID skuId) {
        return queries.online(Actor.current(), skuId);
    }
}
