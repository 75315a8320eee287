package io.oneshelf.promotion.flash;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
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
import java.util.List;
import java.util.Map;
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
 * The brand's flash sales (秒殺): read by anyone who reads prices (staff of narrower scope see those that run at one
 * of their stores, naming only their stores), created, changed, activated and deactivated by brand-wide staff who
 * set prices.
 */
@RestController
@Tag(name = "Flash sales")
class FlashSaleController {

    private static final String SALES = "/api/v1/flash-sales";

    private final FlashSales sales;
    private final FlashSaleDesk desk;
    private final Places places;
    private final SkuCatalog skus;

    FlashSaleController(FlashSales sales, FlashSaleDesk desk, Places places, SkuCatalog skus) {
        this.sales = sales;
        this.desk = desk;
        this.places = places;
        this.skus = skus;
    }

    @GetMapping(SALES)
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "listFlashSales", summary = "The brand's flash sales with their SKUs, allocations and "
            + "units sold, ordered by id, a page at a time")
    Page<FlashSaleViews.View> list(@RequestParam(required = false) String cursor,
                                   @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        Page<FlashSale> page = Page.of(sales.page(actor.tenantId(), Page.after(cursor), size + 1), size,
                FlashSale::id);
        Set<UUID> mine = visible(actor);
        return new Page<>(views(actor.tenantId(), page.items().stream().map(s -> seenBy(s, mine))
                .flatMap(Optional::stream).toList()), page.nextCursor());
    }

    @GetMapping(SALES + "/{id}")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "getFlashSale", summary = "One flash sale (404 when the brand has none of that id): read "
            + "it for its version before a change")
    FlashSaleViews.View get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return view(actor.tenantId(), sales.find(actor.tenantId(), id).flatMap(s -> seenBy(s, visible(actor)))
                .orElseThrow(() -> Rejection.notFound("flash-sale")));
    }

    @PostMapping(SALES)
    @PreAuthorize("hasAuthority('price:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createFlashSale", summary = "Add a flash sale (brand-wide staff): signed-in customers "
            + "in its window, channels and stores buy its SKUs at the flash price up to the allocation and their limit")
    ResponseEntity<FlashSaleViews.View> create(@Valid @RequestBody FlashSaleViews.Edit body) {
        FlashSaleDesk.By by = by();
        FlashSale saved = desk.create(by, body);
        return ResponseEntity.created(URI.create(SALES + "/" + saved.id())).body(view(by.brandId(), saved));
    }

    @PutMapping(SALES + "/{id}")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "updateFlashSale", summary = "Change the whole of a flash sale (with the version read); "
            + "an allocation never goes below the units sold, and a SKU with sales stays")
    FlashSaleViews.View update(@PathVariable UUID id, @Valid @RequestBody FlashSaleViews.Edit body) {
        FlashSaleDesk.By by = by();
        return view(by.brandId(), desk.update(by, id, body));
    }

    @PostMapping(SALES + "/{id}/activate")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "activateFlashSale", summary = "Set a flash sale active: it runs in its window (again "
            + "changes nothing)")
    FlashSaleViews.View activate(@PathVariable UUID id) {
        FlashSaleDesk.By by = by();
        return view(by.brandId(), desk.activate(by, id, true));
    }

    @PostMapping(SALES + "/{id}/deactivate")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "deactivateFlashSale", summary = "Set a flash sale inactive: checkouts from now on pay "
            + "the normal price; orders placed keep theirs (again changes nothing)")
    FlashSaleViews.View deactivate(@PathVariable UUID id) {
        FlashSaleDesk.By by = by();
        return view(by.brandId(), desk.activate(by, id, false));
    }

    private FlashSaleViews.View view(UUID brandId, FlashSale sale) {
        return views(brandId, List.of(sale)).get(0);
    }

    private List<FlashSaleViews.View> views(UUID brandId, List<FlashSale> list) {
        Map<UUID, SkuRef> refs = skus.find(brandId, list.stream().flatMap(s -> s.items().stream())
                .map(FlashItem::skuId).distinct().toList());
        return list.stream().map(s -> FlashSaleViews.View.of(s, refs)).toList();
    }

    /** The stores a reader sees; null for brand-wide staff (all of them). */
    private Set<UUID> visible(Actor actor) {
        return actor.brandWide() ? null
                : places.idsVisibleTo(actor);
    }

    /** The sale as a reader who sees the stores {@code mine} (null: all) sees it, if it runs at one of them. */
    static Optional<FlashSale> seenBy(FlashSale s, Set<UUID> mine) {
        if (mine == null || s.storeIds().isEmpty()) {
            return Optional.of(s);
        }
        Set<UUID> theirs = s.storeIds().stream().filter(mine::contains).collect(Collectors.toSet());
        return theirs.isEmpty() ? Optional.empty() : Optional.of(s.with(s.items(), theirs));
    }

    private static FlashSaleDesk.By by() {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("promotion.brand-wide-only");
        }
        return new FlashSaleDesk.By(actor.tenantId(), actor.id(), actor.name());
    }
}
