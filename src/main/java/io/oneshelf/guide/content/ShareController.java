package io.oneshelf.guide.content;

import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guides' content (導購種草) for the workbench and the console: posts and product shares with tracked links, and
 * what they brought (views, visitors, add-to-carts, orders, sales). A guide sees and writes only their own.
 */
@RestController
@Tag(name = "Guides")
class ShareController {

    private final Shares shares;
    private final ShareStore store;
    private final ShareBoard board;
    private final GuideAccess guides;
    private final Brands brands;

    ShareController(Shares shares, ShareStore store, ShareBoard board, GuideAccess guides, Brands brands) {
        this.shares = shares;
        this.store = store;
        this.board = board;
        this.guides = guides;
        this.brands = brands;
    }

    @PostMapping("/api/v1/guide-shares")
    @PreAuthorize("hasAuthority('guide:task')")
    @ApiResponse(responseCode = "201", description = "Published", useReturnTypeSchema = true)
    @Operation(operationId = "publishGuideShare", summary = "Publish a post (text, pictures, 1–9 products) or a "
            + "product share (one product) with its tracked link: a guide their own, a manager for a guide of a "
            + "store in scope")
    ResponseEntity<ShareViews.View> publish(@Valid @RequestBody ShareViews.Body body) {
        Actor actor = Actor.current();
        Share made = shares.publish(actor, body.guideId(), body.content());
        return ResponseEntity.status(201).body(board.view(actor.tenantId(), code(actor), made));
    }

    @GetMapping("/api/v1/guide-shares")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "listGuideShares", summary = "Posts and product shares, newest first, a page at a time, "
            + "each with its views, distinct visitors, add-to-carts, orders and sales (net of refunds) in the "
            + "period (business days from–to; since publication when left out): a guide's own, otherwise of a "
            + "guide, a store or every store in scope")
    Page<ShareViews.View> list(@RequestParam(required = false) UUID guideId,
                               @RequestParam(required = false) UUID storeId,
                               @RequestParam(required = false) Share.Status status,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        Days days = Days.open(from, to, brands.zoneOf(actor.tenantId()));
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        List<Share> page = store.list(actor.tenantId(), stores(actor, storeId), guide(actor, guideId), status,
                before, size + 1);
        return Page.of(board.views(actor.tenantId(), code(actor), page, days.start(), days.end()), size,
                ShareViews.View::id);
    }

    @GetMapping("/api/v1/guide-shares/{id}")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "getGuideShare", summary = "A post or product share with what it brought since "
            + "publication")
    ShareViews.View get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return board.view(actor.tenantId(), code(actor), shares.visible(actor, id));
    }

    @PutMapping("/api/v1/guide-shares/{id}")
    @PreAuthorize("hasAuthority('guide:task')")
    @Operation(operationId = "editGuideShare", summary = "Edit a published post or product share (its link stays); "
            + "409 when archived or changed meanwhile (version)")
    ShareViews.View edit(@PathVariable UUID id, @Valid @RequestBody ShareViews.Edit body) {
        Actor actor = Actor.current();
        return board.view(actor.tenantId(), code(actor), shares.edit(actor, id, body.version(), body.content()));
    }

    @PostMapping("/api/v1/guide-shares/{id}/archive")
    @PreAuthorize("hasAuthority('guide:task')")
    @Operation(operationId = "archiveGuideShare", summary = "Archive a post or product share: its link no longer "
            + "opens, what it brought stays counted; 409 when archived already")
    ShareViews.View archive(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return board.view(actor.tenantId(), code(actor), shares.archive(actor, id));
    }

    @GetMapping("/api/v1/guide-content/report")
    @PreAuthorize("hasAuthority('guide:read')")
    @Operation(operationId = "reportGuideContent", summary = "The attribution report of guide content in a period "
            + "(business days from–to, default this month): views, distinct visitors, add-to-carts, orders and "
            + "sales net of refunds, per guide and per share (by sales), of a store or every store in scope, or "
            + "of one guide (a guide: their own)")
    ShareViews.Report report(@RequestParam(required = false) UUID storeId,
                             @RequestParam(required = false) UUID guideId,
                             @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        Actor actor = Actor.current();
        Days days = Days.report(from, to, brands.zoneOf(actor.tenantId()));
        return board.report(actor.tenantId(), stores(actor, storeId), guide(actor, guideId), storeId, days.from(),
                days.to(), days.start(), days.end());
    }

    private Set<UUID> stores(Actor actor, UUID storeId) {
        return storeId != null ? Set.of(guides.visibleStore(actor, storeId).id()) : guides.storesVisibleTo(actor);
    }

    private UUID guide(Actor actor, UUID guideId) {
        if (guideId != null) {
            return guides.visibleGuide(actor, guideId).id();
        }
        return GuideAccess.ownOnly(actor) ? actor.id() : null;
    }

    private String code(Actor actor) {
        return brands.codeOf(actor.tenantId()).orElseThrow();
    }
}
