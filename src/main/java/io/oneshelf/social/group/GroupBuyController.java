package io.oneshelf.social.group;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.oneshelf.social.share.CampaignChecks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
 * The brand's group buy campaigns (拼团) with their live progress and groups: read by anyone who reads prices (staff
 * of narrower scope see those that run at one of their stores, or everywhere), kept by brand-wide staff who set
 * prices.
 */
@RestController
@Tag(name = "Group buys")
class GroupBuyController {

    private static final String CAMPAIGNS = "/api/v1/group-buys";

    private final GroupBuys campaigns;
    private final Groups groups;
    private final GroupBuyDesk desk;
    private final GroupOrders orders;
    private final Places places;
    private final SkuCatalog skus;
    private final CampaignChecks checks;

    GroupBuyController(GroupBuys campaigns, Groups groups, GroupBuyDesk desk, GroupOrders orders, Places places,
                       SkuCatalog skus, CampaignChecks checks) {
        this.campaigns = campaigns;
        this.groups = groups;
        this.desk = desk;
        this.orders = orders;
        this.places = places;
        this.skus = skus;
        this.checks = checks;
    }

    @GetMapping(CAMPAIGNS)
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "listGroupBuys", summary = "The brand's group buy campaigns with their progress (groups "
            + "open, succeeded, failed; members paid), ordered by id, a page at a time")
    Page<GroupBuyViews.View> list(@RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        Page<GroupBuy> page = Page.of(campaigns.page(actor.tenantId(), Page.after(cursor), size + 1), size,
                GroupBuy::id);
        Set<UUID> mine = visible(actor);
        return new Page<>(page.items().stream().filter(g -> seenBy(g, mine)).map(g -> view(actor.tenantId(), g))
                .toList(), page.nextCursor());
    }

    @GetMapping(CAMPAIGNS + "/{id}")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "getGroupBuy", summary = "One group buy campaign with its progress (404 when the brand "
            + "has none of that id): read it for its version before a change")
    GroupBuyViews.View get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return view(actor.tenantId(), seen(actor, id));
    }

    @GetMapping(CAMPAIGNS + "/{id}/groups")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "listGroupBuyGroups", summary = "A campaign's groups, newest first, each with its members "
            + "(name or masked phone, leader, paid or not): of one status (OPENING, OPEN, SUCCEEDED, FAILED) or all")
    Page<GroupViews.View> groups(@PathVariable UUID id, @RequestParam(required = false) GroupStatus status,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        seen(actor, id);
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        Page<Group> page = Page.of(groups.ofCampaign(actor.tenantId(), id, status == null ? null : status.name(),
                before, size + 1), size, Group::id);
        return new Page<>(page.items().stream().map(g -> orders.view(actor.tenantId(), g)).toList(),
                page.nextCursor());
    }

    @PostMapping(CAMPAIGNS)
    @PreAuthorize("hasAuthority('price:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createGroupBuy", summary = "Add a group buy campaign (brand-wide staff): one SKU at the "
            + "group price for groups of N paid members within the time limit, up to the allocation")
    ResponseEntity<GroupBuyViews.View> create(@Valid @RequestBody GroupBuyViews.Edit body) {
        io.oneshelf.social.share.CampaignDesk.By by = by();
        GroupBuy saved = desk.create(by, body);
        return ResponseEntity.created(URI.create(CAMPAIGNS + "/" + saved.id())).body(view(by.brandId(), saved));
    }

    @PutMapping(CAMPAIGNS + "/{id}")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "updateGroupBuy", summary = "Change the whole of a group buy campaign (with the version "
            + "read; its SKU stays); groups already open keep their size and time")
    GroupBuyViews.View update(@PathVariable UUID id, @Valid @RequestBody GroupBuyViews.Edit body) {
        io.oneshelf.social.share.CampaignDesk.By by = by();
        return view(by.brandId(), desk.update(by, id, body));
    }

    @PostMapping(CAMPAIGNS + "/{id}/activate")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "activateGroupBuy", summary = "Set a group buy active: groups may open and be joined in "
            + "its window (again changes nothing)")
    GroupBuyViews.View activate(@PathVariable UUID id) {
        io.oneshelf.social.share.CampaignDesk.By by = by();
        return view(by.brandId(), desk.activate(by, id, true));
    }

    @PostMapping(CAMPAIGNS + "/{id}/deactivate")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "deactivateGroupBuy", summary = "Set a group buy inactive: no new group opens or is "
            + "joined; open groups still fill with orders already placed, or run out of time (again changes nothing)")
    GroupBuyViews.View deactivate(@PathVariable UUID id) {
        io.oneshelf.social.share.CampaignDesk.By by = by();
        return view(by.brandId(), desk.activate(by, id, false));
    }

    private GroupBuy seen(Actor actor, UUID id) {
        return campaigns.find(actor.tenantId(), id).filter(g -> seenBy(g, visible(actor)))
                .orElseThrow(() -> Rejection.notFound("group-buy"));
    }

    private GroupBuyViews.View view(UUID brandId, GroupBuy g) {
        SkuRef sku = skus.find(brandId, List.of(g.skuId())).get(g.skuId());
        return new GroupBuyViews.View(g.id(), g.name(), g.skuId(), sku == null ? null : sku.code(),
                sku == null ? null : sku.name(), checks.listPrice(brandId, g.skuId()).orElse(0L), g.groupPrice(),
                g.groupSize(), g.limitMinutes(), g.perCustomer(), g.allocation(), g.sold(), g.remaining(),
                g.channels(), g.storeIds(), g.startsAt(), g.endsAt(), g.active(), g.version(),
                groups.progress(brandId, g.id()));
    }

    /** The stores a reader sees; null for brand-wide staff (all of them). */
    private Set<UUID> visible(Actor actor) {
        return actor.brandWide() ? null : places.idsVisibleTo(actor);
    }

    private static boolean seenBy(GroupBuy g, Set<UUID> mine) {
        return mine == null || g.storeIds().isEmpty() || g.storeIds().stream().anyMatch(mine::contains);
    }

    static io.oneshelf.social.share.CampaignDesk.By by() {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("promotion.brand-wide-only");
        }
        return new io.oneshelf.social.share.CampaignDesk.By(actor.tenantId(), actor.id(), actor.name());
    }
}
