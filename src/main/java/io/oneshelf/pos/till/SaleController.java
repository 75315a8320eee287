package io.oneshelf.pos.till;

import io.oneshelf.order.OrderReturn;
import io.oneshelf.platform.idempotency.Computation;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.KeyedCalls;
import io.oneshelf.platform.idempotency.SelfIdempotent;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sales, offline syncs and returns at a till. A sale and a sync place orders, which wait for the stock desk holding
 * no database connection: they keep their Idempotency-Keys themselves ({@link KeyedCalls}), and are idempotent by
 * the till's client sale ids anyway.
 */
@RestController
@RequestMapping("/api/v1/pos/tills")
@Tag(name = "POS")
class SaleController implements SelfIdempotent {

    private static final Pattern SELF = Pattern.compile("^/api/v1/pos/tills/[^/]+/(sales|sync)$");

    private final CounterDesk counter;
    private final OfflineSync sync;
    private final TillAccess access;
    private final KeyedCalls keyed;
    private final Texts texts;

    SaleController(CounterDesk counter, OfflineSync sync, TillAccess access, KeyedCalls keyed, Texts texts) {
        this.counter = counter;
        this.sync = sync;
        this.access = access;
        this.keyed = keyed;
        this.texts = texts;
    }

    @Override
    public boolean handles(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && SELF.matcher(request.getRequestURI()).matches();
    }

    @PostMapping("/{id}/sales")
    @PreAuthorize("hasAuthority('pos:sell')")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PosOrder.class)),
            headers = @Header(name = "Location", description = "The order's URL"))
    @Operation(operationId = "sellAtTill", summary = "A sale at the till in its open shift: a POS order paid by its "
            + "tenders at once; the same clientSaleId again answers the same order")
    ResponseEntity<byte[]> sell(@PathVariable UUID id, @Valid @RequestBody PosRequests.Sale body,
                                HttpServletRequest http) {
        Actor actor = Actor.current();
        return keyed.once(IdempotencyClaim.of(http), () -> {
            TillSales.Sold sold = counter.sell(actor, id, body);
            return ResponseEntity.created(URI.create("/api/v1/orders/" + sold.order().id()))
                    .body(PosOrder.of(sold.order(), texts, access.storeName(actor, sold.order().storeId()),
                            actor.name()));
        });
    }

    @PostMapping("/{id}/quote")
    @Computation
    @PreAuthorize("hasAuthority('pos:sell')")
    @Operation(operationId = "quoteAtTill", summary = "Price a cart as its sale at the till would be: promotions, "
            + "coupons and the lines' hand discounts (within the cashier's limit); no tenders, nothing recorded")
    PosOrder quote(@PathVariable UUID id, @Valid @RequestBody PosRequests.Quote body) {
        Actor actor = Actor.current();
        var quoted = counter.quote(actor, id, body);
        return PosOrder.of(quoted, texts, access.storeName(actor, quoted.storeId()), actor.name());
    }

    @Schema(name = "PosSyncResult")
    record SyncResult(UUID clientSaleId, UUID orderId, String number, OfflineSync.Outcome outcome,
                      List<Conflicts.Found> conflicts) {
    }

    @Schema(name = "PosSyncVoidResult")
    record SyncVoidResult(UUID clientVoidId, UUID voidId, OfflineSync.Outcome outcome) {
    }

    @Schema(name = "PosSyncResponse")
    record SyncResponse(List<SyncResult> results, List<SyncVoidResult> voids) {
    }

    @PostMapping("/{id}/sync")
    @PreAuthorize("hasAuthority('pos:sell')")
    @ApiResponse(responseCode = "200", description = "Each sale's outcome, in the order given",
            content = @Content(schema = @Schema(implementation = SyncResponse.class)))
    @Operation(operationId = "syncOfflineSales", summary = "Sales the till made offline, applied in order, each "
            + "once (a replay answers DUPLICATE), kept as sold and flagged where they could not be applied as "
            + "recorded; then the voids it recorded offline, each once, at the time they happened")
    ResponseEntity<byte[]> sync(@PathVariable UUID id, @Valid @RequestBody PosRequests.Sync body,
                                HttpServletRequest http) {
        Actor actor = Actor.current();
        return keyed.once(IdempotencyClaim.of(http), () -> {
            OfflineSync.Synced done = sync.sync(actor, id, body.sales(),
                    body.voids() == null ? List.of() : body.voids());
            return ResponseEntity.ok(new SyncResponse(done.sales().stream().map(r -> new SyncResult(
                    r.clientSaleId(), r.orderId(), r.number(), r.outcome(), r.conflicts())).toList(),
                    done.voids().stream().map(v -> new SyncVoidResult(v.clientVoidId(), v.voidId(), v.outcome()))
                            .toList()));
        });
    }

    @PostMapping("/{id}/returns")
    @PreAuthorize("hasAuthority('pos:sell')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "returnAtTill", summary = "Take lines of an order of any channel back at the till: "
            + "refunded to the order's tenders (cash out of this till's open shift), restocked or written off")
    ResponseEntity<OrderReturn> takeBack(@PathVariable UUID id, @Valid @RequestBody PosRequests.Return body,
                                         HttpServletRequest http) {
        Actor actor = Actor.current();
        return ResponseEntity.status(201).body(counter.takeBack(actor, id, body, http.getHeader("Idempotency-Key")));
    }
}
