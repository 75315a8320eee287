package io.oneshelf.order.storefront;

import io.oneshelf.org.Brands;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The brand of a shop path. Browsing is anonymous, so the brand is the path's (an unknown code is 404 shop); a
 * signed-in customer's brand is their token's, which the security chain has already matched with the path.
 */
@Component
class ShopBrands {

    private final Brands brands;

    ShopBrands(Brands brands) {
        this.brands = brands;
    }

    UUID idOf(String brandCode) {
        return brands.idOf(brandCode).orElseThrow(() -> Rejection.notFound("shop"));
    }

    /** The storefront reading brand-wide stock for a customer, who buys from the brand and not from a scope. */
    static Actor reader(UUID brandId) {
        return Actor.system(brandId, "storefront");
    }
}
