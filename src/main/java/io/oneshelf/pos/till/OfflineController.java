package io.oneshelf.pos.till;

import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The conflicts of sales synced from offline, for the store managers; the brand's offline limits. */
@RestController
@RequestMapping("/api/v1/pos")
@Tag(name = "POS")
class OfflineController {

    private final Conflicts conflicts;
    private final Tills tills;
    private final Places places;
    private final PosSettingsStore settings;

    OfflineController(Conflicts conflicts, Tills tills, Places places, PosSettingsStore settings) {
        this.conflicts = conflicts;
        this.tills = tills;
        this.places = places;
        this.settings = settings;
    }

    @Schema(name = "PosConflict")
    record ConflictView(UUID id, UUID tillId, String tillName, UUID storeId, UUID orderId, String number,
                        Conflicts.Kind kind, String detail, OffsetDateTime recordedAt, OffsetDateTime syncedAt,
                        String status, String resolvedBy, OffsetDateTime resolvedAt, String note) {
    }

    @GetMapping("/conflicts")
    @PreAuthorize("hasAuthority('pos:manage')")
    @Operation(operationId = "listPosConflicts", summary = "Sales synced from offline that could not be applied as "
            + "recorded, newest first, of the stores within your scope")
    Page<ConflictView> list(@RequestParam(required = false) UUID storeId,
                            @RequestParam(required = false) ConflictStatus status,
                            @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        UUID[] stores = places.visibleTo(actor).stream().map(p -> p.id())
                .filter(p -> storeId == null || p.equals(storeId)).toArray(UUID[]::new);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        var page = conflicts.list(actor.tenantId(), stores, status == null ? null : status.name(), before, size + 1);
        Map<UUID, String> names = tills.ofStores(actor.tenantId(), java.util.Arrays.asList(stores)).stream()
                .collect(Collectors.toMap(Till::id, Till::name));
        return Page.of(page, size, Conflicts.Conflict::id).map(c -> view(c, names.get(c.tillId())));
    }

    enum ConflictStatus { OPEN, RESOLVED }

    @PostMapping("/conflicts/{id}/resolve")
    @PreAuthorize("hasAuthority('pos:manage')")
    @Operation(operationId = "resolvePosConflict", summary = "Mark a conflict resolved with a note (resolving it "
            + "again keeps the first resolution)")
    ConflictView resolve(@PathVariable UUID id, @Valid @RequestBody PosRequests.Resolve body) {
        Actor actor = Actor.current();
        Conflicts.Conflict c = visible(actor, id);
        conflicts.resolve(actor.tenantId(), c.id(), actor.id(), actor.name(),
                body.note() == null ? null : body.note().strip(), ShiftDesk.now());
        Conflicts.Conflict now = conflicts.find(actor.tenantId(), id).orElseThrow();
        return view(now, tills.find(actor.tenantId(), now.tillId()).map(Till::name).orElse(null));
    }

    @Schema(name = "PosSettings")
    record SettingsView(int maxOfflineHours, long maxOfflineAmountFen, int version) {
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('pos:sell') or hasAuthority('pos:manage')")
    @Operation(operationId = "getPosSettings", summary = "The brand's limits of selling offline")
    SettingsView settings() {
        var s = settings.of(Actor.current().tenantId());
        return new SettingsView(s.maxOfflineHours(), s.maxOfflineAmountFen(), s.version());
    }

    @PutMapping("/settings")
    @PreAuthorize("hasAuthority('pos:manage')")
    @Operation(operationId = "updatePosSettings", summary = "Set the brand's limits of selling offline (brand-wide "
            + "staff only)")
    SettingsView update(@Valid @RequestBody PosRequests.Settings body) {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("pos.settings.brand-only");
        }
        if (!settings.save(actor.tenantId(), body.maxOfflineHours(), body.maxOfflineAmountFen(), body.version())) {
            throw Rejection.staleVersion();
        }
        return settings();
    }

    private Conflicts.Conflict visible(Actor actor, UUID id) {
        return conflicts.find(actor.tenantId(), id)
                .filter(c -> places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), c.storeId()))
                .orElseThrow(() -> Rejection.notFound("pos-conflict"));
    }

    private static ConflictView view(Conflicts.Conflict c, String tillName) {
        return new ConflictView(c.id(), c.tillId(), tillName, c.storeId(), c.orderId(), c.number(), c.kind(),
                c.detail(), c.recordedAt(), c.syncedAt(), c.status(), c.resolvedByName(), c.resolvedAt(), c.note());
    }
}
