package io.oneshelf.order.pricing;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.routing.Fulfilment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Baskets for pricing tests. */
final class PricingFixtures {

    static final UUID BRAND = UUID.randomUUID();

    private PricingFixtures() {
    }

    static SkuRef aSku(String code) {
        return new SkuRef(UUID.randomUUID(), UUID.randomUUID(), code, code, true, "Product " + code, Map.of());
    }

    /** A basket with one line per quantity given, each of a new SKU, priced at {@code unitPrice} each. */
    static Checkout aBasket(Fulfilment fulfilment, long unitPrice, long... quantities) {
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < quantities.length; i++) {
            PricedLine line = new PricedLine(i, aSku("SKU-" + i), quantities[i]);
            line.price(unitPrice, "LIST");
            lines.add(line);
        }
        return new Checkout(BRAND, OrderChannel.ONLINE, fulfilment, null, null, null, Instant.now(), lines);
    }
}
