package io.oneshelf.pos.till;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

/** The tills of the stores within your scope: listed for everyone who sells, set up by managers. */
@RestController
@RequestMapping("/api/v1/pos/tills")
@Tag(name = "POS")
class TillController {

    private final Tills tills;
    private final Shifts shifts;
    private final TillAccess access;
    private final Places places;

    TillController(Tills tills, Shifts shifts, TillAccess access, Places places) {
        this.tills = tills;
        this.shifts = shifts;
        this.access = access;
        this.places = places;
    }

    @Schema(name = "PosTill")
    record TillView(UUID id, UUID storeId, String storeName, String code, String name, boolean active,
                    UUID openShiftId, int version) {
    }

    @Schema(name = "PosTillList")
    record TillList(List<TillView> items) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('pos:sell') or hasAuthority('pos:manage')")
    @Operation(operationId = "listTills", summary = "The tills of the stores within your scope (of one store)")
    TillList list(@RequestParam(required = false) UUID storeId) {
        Actor actor = Actor.current();
        Map<UUID, PlaceRef> stores = places.visibleTo(actor).stream().filter(p -> p.kind() == PlaceRef.Kind.STORE)
                .filter(p -> storeId == null || p.id().equals(storeId))
                .collect(Collectors.toMap(PlaceRef::id, Function.identity()));
        return new TillList(tills.ofStores(actor.tenantId(), stores.keySet()).stream()
                .map(t -> view(t, stores.get(t.storeId()).name())).toList());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('pos:manage')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createTill", summary = "A new till of a store within your scope (code unique there)")
    ResponseEntity<TillView> create(@Valid @RequestBody PosRequests.NewTill body) {
        Actor actor = Actor.current();
        PlaceRef store = access.store(actor, body.storeId(), "storeId");
        Till till = Tills.newTill(actor.tenantId(), store.id(), body.code().strip(), body.name().strip());
        if (!tills.insert(till)) {
            throw Rejection.conflict("code", "pos.till.code-taken", till.code());
        }
        return ResponseEntity.created(URI.create("/api/v1/pos/tills/" + till.id())).body(view(till, store.name()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('pos:manage')")
    @Operation(operationId = "updateTill", summary = "Rename a till, or take it out of (or back into) service")
    TillView update(@PathVariable UUID id, @Valid @RequestBody PosRequests.TillUpdate body) {
        Actor actor = Actor.current();
        Till till = access.till(actor, id);
        if (!tills.update(actor.tenantId(), till.id(), body.name().strip(), body.active(), body.version())) {
            throw Rejection.staleVersion();
        }
        return view(tills.find(actor.tenantId(), id).orElseThrow(), access.storeName(actor, till.storeId()));
    }

    private TillView view(Till t, String storeName) {
        UUID open = shifts.openOn(t.id()).map(Shift::id).orElse(null);
        return new TillView(t.id(), t.storeId(), storeName, t.code(), t.name(), t.active(), open, t.version());
    }
}
