package io.oneshelf.social.bargain;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.member.Addresses;
import io.oneshelf.order.OrderCampaign;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.KeyedCalls;
import io.oneshelf.platform.idempotency.SelfIdempotent;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.social.share.Delivery;
import io.oneshelf.social.share.SharePosters;
import io.oneshelf.social.share.ShareCodes;
import io.oneshelf.social.share.ShareLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Bargains in the online shop: the campaigns running and a bargain by its share code are open to anyone (a friend
 * opens the link before signing in); starting, helping and buying are the signed-in customer's.
 */
@RestController
@Tag(name = "Shop")
class ShopBargainController implements SelfIdempotent {

    /** Buying places an order: it waits for the stock hold holding no connection (see KeyedCalls). */
    private static final java.util.regex.Pattern BUYING = java.util.regex.Pattern.compile(
            "/api/v1/shop/[^/]+/bargains/[^/]+/orders");

    private final Brands brands;
    private final BargainCampaigns campaigns;
    private final Bargains bargains;
    private final BargainHelps helps;
    private final BargainShowing showing;
    private final Orders orders;
    private final Addresses addresses;
    private final SkuCatalog skus;
    private final ShareLinks links;
    private final SharePosters posters;
    private final KeyedCalls keyed;

    ShopBargainController(Brands brands, BargainCampaigns campaigns, Bargains bargains, BargainHelps helps,
                          BargainShowing showing, Orders orders, Addresses addresses, SkuCatalog skus,
                          ShareLinks links, SharePosters posters, KeyedCalls keyed) {
        this.links = links;
        this.posters = posters;
        this.keyed = keyed;
        this.brands = brands;
        this.campaigns = campaigns;
        this.bargains = bargains;
        this.helps = helps;
        this.showing = showing;
        this.orders = orders;
        this.addresses = addresses;
        this.skus = skus;
    }

    @Override
    public boolean handles(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && BUYING.matcher(request.getRequestURI()).matches();
    }

    @GetMapping("/api/v1/shop/{brandCode}/bargain-campaigns")
    @Operation(operationId = "listShopBargainCampaigns", summary = "The bargain campaigns running now (at most 100, "
            + "soonest ending first)", description = "A bare JSON array, bounded by its limit.")
    List<BargainViews.Shop> running(@PathVariable String brandCode) {
        UUID brandId = brand(brandCode);
        return campaigns.running(brandId).stream().map(c -> {
            var sku = skus.find(brandId, List.of(c.skuId())).get(c.skuId());
            return new BargainViews.Shop(c.id(), c.name(), c.skuId(), sku == null ? null : sku.name(),
                    c.startPrice(), c.floorPrice(), c.helpersNeeded(), c.limitMinutes(), c.remaining(), c.endsAt());
        }).toList();
    }

    @GetMapping("/api/v1/shop/{brandCode}/bargains/{code}")
    @Operation(operationId = "getShopBargain", summary = "A bargain by its share code: price now, floor, cuts so far "
            + "and time left")
    BargainViews.Bargain bargain(@PathVariable String brandCode, @PathVariable String code) {
        UUID brandId = brand(brandCode);
        return showing.view(brandId, byCode(brandId, code), false);
    }

    @PostMapping("/api/v1/shop/{brandCode}/bargain-campaigns/{id}/bargains")
    @ApiResponse(responseCode = "201", description = "Started: share its code", useReturnTypeSchema = true)
    @Operation(operationId = "startShopBargain", summary = "Start a bargain: its cuts are drawn now; friends cut it "
            + "towards the floor until its time runs out (409 when one of the customer's is open already)")
    ResponseEntity<BargainViews.Bargain> start(@PathVariable String brandCode, @PathVariable UUID id) {
        Shopper shopper = Shopper.current();
        Bargain b = helps.start(shopper.brandId(), shopper.customerId(), id);
        return ResponseEntity.created(URI.create("/api/v1/shop/" + brandCode + "/bargains/" + b.code()))
                .body(showing.view(shopper.brandId(), b, false));
    }

    @PostMapping("/api/v1/shop/{brandCode}/bargains/{code}/helps")
    @Operation(operationId = "helpShopBargain", summary = "Cut a friend's bargain: take the next cut of its sequence "
            + "(once per bargain, not one's own, within the daily cap, one account per device per campaign a day)")
    BargainViews.Bargain help(@PathVariable String brandCode, @PathVariable String code,
                              @Parameter(description = "The shop's device id (kept on the device); the member's "
                                                       + "phone stands for it when absent")
                              @RequestHeader(name = "X-Device-Id", required = false) String device) {
        Shopper shopper = Shopper.current();
        String seen = device == null || device.isBlank() ? "phone:" + shopper.phone()
                : "device:" + device.strip().substring(0, Math.min(64, device.strip().length()));
        return showing.view(shopper.brandId(), helps.help(shopper.brandId(), code, shopper.customerId(), seen),
                false);
    }

    @PostMapping("/api/v1/shop/{brandCode}/bargains/{code}/orders")
    @ApiResponse(responseCode = "201", description = "Bought: pay the order before payBefore",
            content = @Content(schema = @Schema(implementation = BargainViews.Purchase.class)))
    @Operation(operationId = "buyShopBargain", summary = "Buy one's bargain at its price now: an online order of one "
            + "unit, before its time runs out")
    ResponseEntity<byte[]> buy(@PathVariable String brandCode, @PathVariable String code,
                               @Valid @RequestBody Delivery body, HttpServletRequest http) {
        Shopper shopper = Shopper.current();
        IdempotencyClaim claim = IdempotencyClaim.of(http);
        return keyed.once(claim, () -> bought(brandCode, shopper, code, body, claim.actorId() + ":" + claim.key()));
    }

    private ResponseEntity<BargainViews.Purchase> bought(String brandCode, Shopper shopper, String code,
                                                         Delivery body, String key) {
        Bargain b = byCode(shopper.brandId(), code);
        if (!b.customerId().equals(shopper.customerId())) {
            throw Rejection.notFound("bargain");
        }
        BargainCampaign c = campaigns.find(shopper.brandId(), b.campaignId()).orElseThrow();
        OrderView order = orders.place(body.order(shopper.brandId(), shopper.customerId(), c.skuId(),
                new OrderCampaign(BargainPricing.KIND, b.id()), addresses, key));
        BargainViews.Purchase bought = new BargainViews.Purchase(order.id(), order.number(), order.total(),
                order.expiresAt(), showing.view(shopper.brandId(), bargains.find(shopper.brandId(), b.id())
                .orElseThrow(), false));
        return ResponseEntity.created(URI.create("/api/v1/shop/" + brandCode + "/orders/" + order.id())).body(bought);
    }

    @GetMapping("/api/v1/shop/{brandCode}/posters/bargains/{code}.png")
    @ApiResponse(responseCode = "200", description = "The poster", content = @Content(
            mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")))
    @Operation(operationId = "getShopBargainPoster", summary = "A bargain's share poster: the product, its price now "
            + "and floor, and the QR code of the bargain's share link (with who shared it, ?from=)")
    ResponseEntity<byte[]> poster(@PathVariable String brandCode, @PathVariable String code,
                                  @RequestParam(required = false) UUID from) {
        UUID brandId = brand(brandCode);
        Bargain b = byCode(brandId, code);
        BargainCampaign c = campaigns.find(brandId, b.campaignId()).orElseThrow();
        byte[] png = posters.png(brandId, new SharePosters.Offer(c.skuId(), c.name(), "帮我砍一刀 · 最低 ¥"
                + String.format("%d.%02d", c.floorPrice() / 100, c.floorPrice() % 100), b.price(), b.startPrice()),
                links.of(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), brandCode,
                        ShareLinks.Kind.BARGAIN, b.code(), from));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    private Bargain byCode(UUID brandId, String code) {
        return bargains.byCode(brandId, ShareCodes.normalise(code)).orElseThrow(() -> Rejection.notFound("bargain"));
    }

    private UUID brand(String brandCode) {
        return brands.idOf(brandCode).orElseThrow(() -> Rejection.notFound("shop"));
    }
}
