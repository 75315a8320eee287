package io.oneshelf.order.sale;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;

/**
 * The order module acting for the brand towards inventory: an order draws on whatever places routing chose, which
 * may lie outside the scope of the guide or customer who placed it, so holds and postings are made brand-wide.
 * Who placed the order is on the order's timeline.
 */
final class BrandActor {

    private BrandActor() {
    }

    static Actor of(UUID brandId) {
        return Actor.system(brandId, "order");
    }
}
