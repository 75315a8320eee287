package io.oneshelf.promotion.rule;

import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The brand's automatic promotions: read by anyone who reads prices (staff of narrower scope see those that run at
 * one of their stores, naming only their stores), created and changed by brand-wide staff who set prices (a
 * promotion runs at every store it names, so a store's staff do not set it).
 */
@RestController
@Tag(name = "Promotions")
class PromotionController {

    private static final String PROMOTIONS = "/api/v1/promotions";

    private final Promotions promotions;
    private final PromotionDesk desk;
    private final Places places;

    PromotionController(Promotions promotions, PromotionDesk desk, Places places) {
        this.promotions = promotions;
        this.desk = desk;
        this.places = places;
    }

    @GetMapping(PROMOTIONS)
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "listPromotions", summary = "The brand's automatic promotions, ordered by id, a page at "
            + "a time")
    Page<PromotionViews.View> list(@RequestParam(required = false) String cursor,
                                   @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        Page<Promotion> page = Page.of(promotions.page(actor.tenantId(), Page.after(cursor), size + 1), size,
                Promotion::id);
        Set<UUID> mine = actor.brandWide() ? null : visible(actor);
        return new Page<>(page.items().stream().map(p -> seenBy(p, mine)).flatMap(Optional::stream)
                .map(PromotionViews.View::of).toList(), page.nextCursor());
    }

    @GetMapping(PROMOTIONS + "/{id}")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "getPromotion", summary = "One promotion (404 when the brand has none of that id): read "
            + "it for its version before a change")
    PromotionViews.View get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        Set<UUID> mine = actor.brandWide() ? null : visible(actor);
        return PromotionViews.View.of(promotions.find(actor.tenantId(), id).flatMap(p -> seenBy(p, mine))
                .orElseThrow(() -> Rejection.notFound("promotion")));
    }

    private Set<UUID> visible(Actor actor) {
        return places.idsVisibleTo(actor);
    }

    /** The promotion as a reader who sees the stores {@code mine} (null: all) sees it, if it runs at one of them. */
    static Optional<Promotion> seenBy(Promotion p, Set<UUID> mine) {
        if (mine == null || p.storeIds().isEmpty()) {
            return Optional.of(p);
        }
        Set<UUID> theirs = p.storeIds().stream().filter(mine::contains).collect(Collectors.toSet());
        return theirs.isEmpty() ? Optional.empty() : Optional.of(p.atStores(theirs));
    }

    @PostMapping(PROMOTIONS)
    @PreAuthorize("hasAuthority('price:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createPromotion", summary = "Add an automatic promotion (brand-wide staff): checkouts "
            + "in its window, channels and stores apply it at once")
    ResponseEntity<PromotionViews.View> create(@Valid @RequestBody PromotionViews.Edit body) {
        Promotion saved = desk.create(by(brandWide()), body);
        return ResponseEntity.created(URI.create(PROMOTIONS + "/" + saved.id())).body(PromotionViews.View.of(saved));
    }

    @PutMapping(PROMOTIONS + "/{id}")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "updatePromotion", summary = "Change the whole of a promotion (with the version read), "
            + "e.g. end it early or set it inactive; orders placed before keep their prices")
    PromotionViews.View update(@PathVariable UUID id, @Valid @RequestBody PromotionViews.Edit body) {
        return PromotionViews.View.of(desk.update(by(brandWide()), id, body));
    }

    private static PromotionDesk.By by(Actor actor) {
        return new PromotionDesk.By(actor.tenantId(), actor.id(), actor.name());
    }

    private static Actor brandWide() {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("promotion.brand-wide-only");
        }
        return actor;
    }
}
