package io.oneshelf.guide.content;

import io.oneshelf.catalog.Prices;
import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.CartView;
import io.oneshelf.org.Brands;
import io.oneshelf.org.StaffNames;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guide's post or product share in the shop: opened by anyone through its link (a view, counted once per visitor
 * among its visitors), its products put in the signed-in customer's cart from it (an add-to-cart of the share, and
 * the customer's touch its later order is attributed by). An archived share is not found.
 */
@RestController
@Tag(name = "Shop")
class ShopShareController {

    private static final String SHARE = "/api/v1/shop/{brandCode}/shares/{code}";

    private final ShareCodes codes;
    private final ShareStats stats;
    private final ShareCart cart;
    private final Brands brands;
    private final SkuCatalog skus;
    private final Prices prices;
    private final StaffNames names;

    ShopShareController(ShareCodes codes, ShareStats stats, ShareCart cart, Brands brands, SkuCatalog skus,
                        Prices prices, StaffNames names) {
        this.codes = codes;
        this.stats = stats;
        this.cart = cart;
        this.brands = brands;
        this.skus = skus;
        this.prices = prices;
        this.names = names;
    }

    @PostMapping(SHARE + "/opens")
    @Operation(operationId = "openShopShare", summary = "Open a guide's post or product share by its link: the post "
            + "with its products (online price, whether still sold), recording a view by the browser's visitor id "
            + "(its views count each opening, its visitors each visitor once)")
    ShareViews.ShopShare open(@PathVariable String brandCode, @PathVariable String code,
                              @Valid @RequestBody ShareViews.Open body) {
        UUID brand = brand(brandCode);
        Share share = published(brand, code);
        stats.view(brand, share.id(), body.visitor().toLowerCase(java.util.Locale.ROOT));
        return shown(brand, share);
    }

    @GetMapping(SHARE)
    @Operation(operationId = "getShopShare", summary = "A guide's post or product share as its page shows it, "
            + "recording nothing (the page read again in the same visit, e.g. after signing in)")
    ShareViews.ShopShare read(@PathVariable String brandCode, @PathVariable String code) {
        UUID brand = brand(brandCode);
        return shown(brand, published(brand, code));
    }

    @PostMapping(SHARE + "/cart")
    @Operation(operationId = "addShopShareToCart", summary = "Put one of the share's products in the customer's "
            + "cart (added to what it has of it): an add-to-cart of the share, and the touch a later order of the "
            + "customer is attributed to the share by (last touch within 7 days). A product not of the share is 400 "
            + "on skuId")
    CartView addToCart(@PathVariable String brandCode, @PathVariable String code,
                       @Valid @RequestBody ShareViews.CartItem body) {
        Shopper shopper = Shopper.current();
        Share share = published(shopper.brandId(), code);
        return cart.add(shopper.brandId(), shopper.customerId(), share, body.skuId(), body.quantity());
    }

    private UUID brand(String brandCode) {
        return brands.idOf(brandCode).orElseThrow(() -> Rejection.notFound("shop"));
    }

    private Share published(UUID brand, String code) {
        return codes.published(brand, code).orElseThrow(() -> Rejection.notFound("guide-share"));
    }

    private ShareViews.ShopShare shown(UUID brand, Share share) {
        Map<UUID, SkuRef> found = skus.find(brand, share.skuIds());
        List<ShareViews.ShopProduct> products = share.skuIds().stream().map(found::get).filter(Objects::nonNull)
                .map(s -> new ShareViews.ShopProduct(s.id(), s.spuId(), s.name(), s.productName(),
                        prices.resolve(brand, new Prices.Ask(s.id(), SalesChannel.ONLINE_MALL, null, null,
                                Instant.now())).map(Prices.SkuPrice::priceFen).orElse(null), s.active()))
                .toList();
        return new ShareViews.ShopShare(share.code(), share.kind(), share.title(), share.body(), share.pictures(),
                names.of(brand, List.of(share.guideId())).get(share.guideId()), products, share.createdAt());
    }
}
