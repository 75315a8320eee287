package io.oneshelf.social.group;

import io.oneshelf.org.Brands;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.KeyedCalls;
import io.oneshelf.platform.idempotency.SelfIdempotent;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.social.share.CampaignChecks;
import io.oneshelf.social.share.Delivery;
import io.oneshelf.social.share.SharePosters;
import io.oneshelf.social.share.ShareLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Group buys in the online shop: the campaigns running and a group by its share code are open to anyone (a friend
 * opens the shared link before signing in); opening and joining a group are the signed-in customer's, each an online
 * order at the group price to pay before it expires.
 */
@RestController
@Tag(name = "Shop")
class ShopGroupController implements SelfIdempotent {

    /** Opening and joining place orders: they wait for the stock hold holding no connection (see KeyedCalls). */
    private static final java.util.regex.Pattern PLACING = java.util.regex.Pattern.compile(
            "/api/v1/shop/[^/]+/(group-buys/[^/]+/groups|groups/[^/]+/joins)");

    private static final int OPEN_GROUPS_SHOWN = 20;

    private final Brands brands;
    private final GroupBuys campaigns;
    private final Groups groups;
    private final GroupOrders orders;
    private final CampaignChecks checks;
    private final io.oneshelf.catalog.SkuCatalog skus;
    private final ShareLinks links;
    private final SharePosters posters;
    private final KeyedCalls keyed;

    ShopGroupController(Brands brands, GroupBuys campaigns, Groups groups, GroupOrders orders, CampaignChecks checks,
                        io.oneshelf.catalog.SkuCatalog skus, ShareLinks links, SharePosters posters,
                        KeyedCalls keyed) {
        this.links = links;
        this.posters = posters;
        this.keyed = keyed;
        this.brands = brands;
        this.campaigns = campaigns;
        this.groups = groups;
        this.orders = orders;
        this.checks = checks;
        this.skus = skus;
    }

    @Override
    public boolean handles(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && PLACING.matcher(request.getRequestURI()).matches();
    }

    @GetMapping("/api/v1/shop/{brandCode}/group-buys")
    @Operation(operationId = "listShopGroupBuys", summary = "The group buys running now online (at most 100, soonest "
            + "ending first), each with its open groups to join",
            description = "A bare JSON array, bounded by its limit.")
    List<GroupViews.Shop> running(@PathVariable String brandCode) {
        UUID brandId = brand(brandCode);
        return campaigns.runningOnline(brandId).stream().map(g -> shop(brandId, g)).toList();
    }

    @GetMapping("/api/v1/shop/{brandCode}/group-buys/{id}")
    @Operation(operationId = "getShopGroupBuy", summary = "One group buy of the shop (a shared link to it shows it "
            + "after it ended too: see endsAt), with its open groups to join")
    GroupViews.Shop one(@PathVariable String brandCode, @PathVariable UUID id) {
        UUID brandId = brand(brandCode);
        return campaigns.find(brandId, id).map(g -> shop(brandId, g))
                .orElseThrow(() -> Rejection.notFound("group-buy"));
    }

    @GetMapping("/api/v1/shop/{brandCode}/groups/{code}")
    @Operation(operationId = "getShopGroup", summary = "A group by its share code: members, places free and time left")
    GroupViews.View group(@PathVariable String brandCode, @PathVariable String code) {
        UUID brandId = brand(brandCode);
        return orders.view(brandId, orders.byCode(brandId, code));
    }

    @PostMapping("/api/v1/shop/{brandCode}/group-buys/{id}/groups")
    @ApiResponse(responseCode = "201", description = "Opened: pay the order before payBefore and the group opens to "
            + "friends", content = @Content(schema = @Schema(implementation = GroupViews.Place.class)))
    @Operation(operationId = "openShopGroup", summary = "Open a group as its leader: an online order of one unit at "
            + "the group price; once it is paid the group is open to join until its time runs out")
    ResponseEntity<byte[]> open(@PathVariable String brandCode, @PathVariable UUID id,
                                @Valid @RequestBody Delivery body, HttpServletRequest http) {
        Shopper shopper = Shopper.current();
        IdempotencyClaim claim = IdempotencyClaim.of(http);
        return keyed.once(claim, () -> created(brandCode, orders.open(shopper.brandId(), shopper.customerId(), id,
                body, claim.actorId() + ":" + claim.key())));
    }

    @PostMapping("/api/v1/shop/{brandCode}/groups/{code}/joins")
    @ApiResponse(responseCode = "201", description = "A place taken: pay the order before payBefore to keep it",
            content = @Content(schema = @Schema(implementation = GroupViews.Place.class)))
    @Operation(operationId = "joinShopGroup", summary = "Join a friend's group: an online order of one unit at the "
            + "group price holding a place until it is paid or expires (409 when the group is full, closed, or the "
            + "customer is in it already)")
    ResponseEntity<byte[]> join(@PathVariable String brandCode, @PathVariable String code,
                                @Valid @RequestBody Delivery body, HttpServletRequest http) {
        Shopper shopper = Shopper.current();
        IdempotencyClaim claim = IdempotencyClaim.of(http);
        return keyed.once(claim, () -> created(brandCode, orders.join(shopper.brandId(), shopper.customerId(), code,
                body, claim.actorId() + ":" + claim.key())));
    }

    private static ResponseEntity<GroupViews.Place> created(String brandCode, GroupViews.Place placed) {
        return ResponseEntity.created(URI.create("/api/v1/shop/" + brandCode + "/orders/" + placed.orderId()))
                .body(placed);
    }

    private GroupViews.Shop shop(UUID brandId, GroupBuy g) {
        var sku = skus.find(brandId, List.of(g.skuId())).get(g.skuId());
        List<GroupViews.View> open = groups.ofCampaign(brandId, g.id(), GroupStatus.OPEN.name(), null,
                OPEN_GROUPS_SHOWN).stream().map(x -> orders.view(brandId, x)).toList();
        return new GroupViews.Shop(g.id(), g.name(), g.skuId(), sku == null ? null : sku.name(),
                checks.listPrice(brandId, g.skuId()).orElse(0L), g.groupPrice(), g.groupSize(), g.limitMinutes(),
                g.perCustomer(), g.remaining(), g.endsAt(), open);
    }

    @GetMapping("/api/v1/shop/{brandCode}/posters/groups/{code}.png")
    @ApiResponse(responseCode = "200", description = "The poster", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    @Operation(operationId = "getShopGroupPoster", summary = "A group's share poster: the product, the group price and "
            + "size, and the QR code of the group's share link (with who shared it, ?from=)")
    ResponseEntity<byte[]> poster(@PathVariable String brandCode, @PathVariable String code,
                                  @RequestParam(required = false) UUID from) {
        UUID brandId = brand(brandCode);
        GroupViews.View g = orders.view(brandId, orders.byCode(brandId, code));
        byte[] png = posters.png(brandId, new SharePosters.Offer(g.skuId(), g.campaignName(), g.size() + "人团 · "
                + g.campaignName(), g.groupPrice(), checks.listPrice(brandId, g.skuId()).orElse(0L)),
                links.of(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), brandCode,
                        ShareLinks.Kind.GROUP, g.code(), from));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    private UUID brand(String brandCode) {
        return brands.idOf(brandCode).orElseThrow(() -> Rejection.notFound("shop"));
    }
}
