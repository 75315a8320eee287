package io.oneshelf.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The price of a SKU for other modules (orders, POS, storefront): the one price-resolution function of the
 * catalog's price book (同價), in process. The rules are those of {@code GET /api/v1/prices/resolve}: the list
 * price, replaced by a channel price, replaced by a store price the brand's policy permits, lowered by a
 * member-tier price.
 */
public interface Prices {

    /**
     * What is asked: a SKU sold through {@code channel} (null: no channel price applies), at {@code storeId}
     * (null: no store price), to a member of {@code tierCode} (null: no member price), at instant {@code at}.
     */
    record Ask(UUID skuId, SalesChannel channel, UUID storeId, String tierCode, Instant at) {
    }

    /**
     * The price to charge in fen and the kind of rule that set it.
     *
     * @param rule LIST, CHANNEL, STORE or TIER
     */
    record SkuPrice(UUID skuId, long priceFen, Rule rule) {

        /** The kinds of price rule, in the order resolution applies them. */
        public enum Rule { LIST, CHANNEL, STORE, TIER }
    }

    /**
     * The price of the asked SKU of the tenant; empty when the tenant has no such SKU or the SKU has no list price
     * valid at that instant (then it has no price at all and cannot be sold).
     */
    Optional<SkuPrice> resolve(UUID tenantId, Ask ask);

    /**
     * {@link #resolve} of each ask, in their order; the catalog reads the price rows of all their SKUs at once (a
     * cart's lines), where this default asks one by one.
     */
    default List<Optional<SkuPrice>> resolveAll(UUID tenantId, List<Ask> asks) {
        return asks.stream().map(a -> resolve(tenantId, a)).toList();
    }
}
