package io.oneshelf.catalog.price;

import io.oneshelf.catalog.Prices;
import io.oneshelf.platform.ReadMemo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link Prices} for other modules: the price book's rows and policy put through {@link PriceResolution}. Within a
 * {@link ReadMemo} (an order's draft, a quote) the brand's policy and a SKU's rows are read once, however many of the
 * draft's steps and lines ask.
 */
@Component
class PriceLookup implements Prices {

    private final PriceBook book;

    PriceLookup(PriceBook book) {
        this.book = book;
    }

    @Override
    public Optional<SkuPrice> resolve(UUID tenantId, Ask ask) {
        // the brand's price rows of the SKU: none for a SKU that is not the brand's (nor for one without prices)
        return resolve(tenantId, ask, ReadMemo.get(new RowsKey(tenantId, ask.skuId()),
                () -> book.rows(tenantId, ask.skuId())));
    }

    @Override
    public List<Optional<SkuPrice>> resolveAll(UUID tenantId, List<Ask> asks) {
        Set<UUID> skus = new HashSet<>();
        asks.forEach(a -> skus.add(a.skuId()));
        Map<UUID, List<PriceRow>> read = book.rows(tenantId, skus);
        return asks.stream().map(a -> resolve(tenantId, a, ReadMemo.get(new RowsKey(tenantId, a.skuId()),
                () -> read.getOrDefault(a.skuId(), List.of())))).toList();
    }

    private Optional<SkuPrice> resolve(UUID tenantId, Ask ask, List<PriceRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        PriceRules rules = new PriceRules(rows, ReadMemo.get(new PolicyKey(tenantId), () -> book.policy(tenantId))
                .policy());
        PriceQuery query = new PriceQuery(ask.skuId(), ask.channel(), ask.storeId(), ask.tierCode(), ask.at());
        return PriceResolution.resolve(rules, query)
                .map(p -> new SkuPrice(ask.skuId(), p.priceFen(), SkuPrice.Rule.valueOf(p.rule().name())));
    }

    private record RowsKey(UUID tenantId, UUID skuId) {
    }

    private record PolicyKey(UUID tenantId) {
    }
}
