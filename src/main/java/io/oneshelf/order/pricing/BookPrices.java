package io.oneshelf.order.pricing;

import io.oneshelf.catalog.Prices;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each line's unit price from the catalog's one price resolution (同價): the list price, replaced by the
 * channel's, by the store's where the policy permits, lowered by the member tier's. A SKU without a valid price
 * cannot be sold: {@code lines[i].skuId} is refused.
 */
@Component
@Order(100)
class BookPrices implements PricingStep {

    private final Prices prices;

    BookPrices(Prices prices) {
        this.prices = prices;
    }

    @Override
    public void apply(Checkout checkout) {
        List<PricedLine> lines = checkout.lines();
        List<Optional<Prices.SkuPrice>> resolved = prices.resolveAll(checkout.brandId(), lines.stream()
                .map(line -> new Prices.Ask(line.sku().id(), checkout.channel().salesChannel(), checkout.storeId(),
                        checkout.tierCode(), checkout.at()))
                .toList());
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = lines.get(i);
            Prices.SkuPrice price = resolved.get(i).orElseThrow(() -> new LineRejected(line.index(),
                    Rejection.invalid("skuId", "order.sku.no-price", line.sku().code())));
            line.price(price.priceFen(), price.rule().name());
        }
    }
}
