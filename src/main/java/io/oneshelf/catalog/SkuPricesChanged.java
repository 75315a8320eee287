package io.oneshelf.catalog;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The price rows of a variant were replaced: {@code prices} is the complete new set (list, member-tier, channel
 * and store prices with their periods), so a receiver replaces what it holds.
 */
@EventType("catalog.price.changed")
public record SkuPricesChanged(UUID brandId, UUID skuId, String skuCode, List<Price> prices)
        implements BusinessEvent {

    /**
     * One price rule; only the key of its kind is set.
     *
     * @param kind LIST, CHANNEL, STORE or TIER
     */
    public record Price(String kind, String tierCode, SalesChannel channel, UUID storeId, long priceFen,
                        Instant validFrom, Instant validTo) {
    }

    @Override
    public UUID aggregateId() {
        return skuId;
    }
}
