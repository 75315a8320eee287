package io.oneshelf.pos.till;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Held sales (挂单) and voids before payment at a till; a void is audited and published. */
@RestController
@RequestMapping("/api/v1/pos")
@Tag(name = "POS")
class CounterController {

    static final int MAX_CART_BYTES = 64 * 1024;

    private final TillAccess access;
    private final HeldSales held;
    private final Voids voids;
    private final JsonMapper json;

    CounterController(TillAccess access, HeldSales held, Voids voids, JsonMapper json) {
        this.access = access;
        this.held = held;
        this.voids = voids;
        this.json = json;
    }

    @Schema(name = "PosHeldSaleList")
    record HeldList(List<HeldSales.HeldSale> items) {
    }

    @GetMapping("/tills/{id}/held-sales")
    @PreAuthorize("hasAuthority('pos:sell')")
    @Operation(operationId = "listHeldSales", summary = "The sales held at a till, oldest first")
    HeldList list(@PathVariable UUID id) {
        return new HeldList(held.ofTill(access.till(Actor.current(), id).id()));
    }

    @PostMapping("/tills/{id}/held-sales")
    @PreAuthorize("hasAuthority('pos:sell')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "holdSale", summary = "Hold the screen's cart at a till to recall it later")
    ResponseEntity<HeldSales.HeldSale> hold(@PathVariable UUID id, @Valid @RequestBody PosRequests.Hold body) {
        Actor actor = Actor.current();
        Till till = access.till(actor, id);
        if (json.writeValueAsString(body.cart()).getBytes(StandardCharsets.UTF_8).length > MAX_CART_BYTES) {
            throw Rejection.invalid("cart", "pos.hold.too-large");
        }
        HeldSales.HeldSale sale = new HeldSales.HeldSale(Ids.next(), till.id(),
                body.label() == null ? null : body.label().strip(), body.cart(), ShiftDesk.now(), actor.name());
        held.insert(actor.tenantId(), sale, actor.id());
        return ResponseEntity.status(201).body(sale);
    }

    @DeleteMapping("/held-sales/{id}")
    @PreAuthorize("hasAuthority('pos:sell')")
    @ApiResponse(responseCode = "204", description = "Recalled or dropped")
    @Operation(operationId = "deleteHeldSale", summary = "Take a held sale off the till (recall: read, then delete)")
    ResponseEntity<Void> recall(@PathVariable UUID id) {
        Actor actor = Actor.current();
        UUID till = held.tillOf(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("held-sale"));
        access.till(actor, till);
        held.delete(actor.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "PosVoid")
    record VoidView(UUID id, UUID tillId, UUID shiftId, PosRequests.VoidKind kind, UUID skuId, Long quantity,
                    long amountFen, String reason, String staffName, OffsetDateTime at) {
    }

    @PostMapping("/tills/{id}/voids")
    @PreAuthorize("hasAuthority('pos:sell')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "recordVoid", summary = "Record a line or a whole sale voided before payment (audited)")
    ResponseEntity<VoidView> voided(@PathVariable UUID id, @Valid @RequestBody PosRequests.Void body) {
        Actor actor = Actor.current();
        return ResponseEntity.status(201).body(voids.record(actor, access.till(actor, id), body));
    }
}
