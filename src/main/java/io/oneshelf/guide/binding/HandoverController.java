package io.oneshelf.guide.binding;

import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.org.StaffRoster;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Handing a leaving or moving guide's customers over, and the handovers made. */
@RestController
@Tag(name = "Guides")
class HandoverController {

    private final Handovers handovers;
    private final GuideAccess guides;
    private final io.oneshelf.org.Places places;

    HandoverController(Handovers handovers, GuideAccess guides, io.oneshelf.org.Places places) {
        this.handovers = handovers;
        this.guides = guides;
        this.places = places;
    }

    /** To another guide ({@code toGuideId}) or, without one, to the pool of the leaving guide's store. */
    record HandOverCustomers(UUID toGuideId, @Size(max = 200) String reason) {
    }

    @PostMapping("/api/v1/guides/{id}/handover")
    @PreAuthorize("hasAuthority('guide:manage')")
    @ApiResponse(responseCode = "201", description = "Handed over; the customers are being told",
            useReturnTypeSchema = true)
    @Operation(operationId = "handOverGuideCustomers", summary = "Hand every customer of a guide (who leaves or "
            + "moves) over to another guide of a store in your scope, or to the guide's store pool; their binding "
            + "history stays, and each customer is told by SMS if they consented to marketing messages")
    ResponseEntity<Handovers.Handover> handOver(@PathVariable UUID id, @Valid @RequestBody HandOverCustomers body) {
        Actor actor = Actor.current();
        StaffRoster.Member from = guides.visibleGuide(actor, id);
        StaffRoster.Member to = body.toGuideId() == null ? null : guides.namedGuide(actor, body.toGuideId(),
                "toGuideId");
        if (to != null && to.id().equals(from.id())) {
            throw Rejection.invalid("toGuideId", "guide.handover.same-guide");
        }
        UUID store = (to == null ? from : to).storeId().orElseThrow();
        return ResponseEntity.status(201).body(handovers.handOver(new Handovers.HandOver(actor.tenantId(), from.id(),
                to == null ? null : to.id(), store, body.reason(), actor.id())));
    }

    @GetMapping("/api/v1/guide-handovers")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listGuideHandovers", summary = "The handovers of a store in your scope (or of every "
            + "store in it), newest first, with how many customers each moved, was told and refused")
    Page<Handovers.Handover> list(@RequestParam(required = false) UUID storeId,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        Set<UUID> stores = storeId == null ? places.idsVisibleTo(actor)
                : Set.of(guides.visibleStore(actor, storeId).id());
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        List<Handovers.Handover> found = handovers.of(actor.tenantId(), stores, before, size + 1).stream()
                .filter(h -> !GuideAccess.ownOnly(actor) || actor.id().equals(h.fromGuideId())
                             || actor.id().equals(h.toGuideId())).toList();
        return Page.of(found, size, Handovers.Handover::id);
    }
}
