package io.oneshelf.catalog.price;

import io.oneshelf.catalog.SalesChannel;
import java.time.Instant;
import java.util.UUID;

/** Which price is asked for: a SKU sold through a channel, maybe at a store, maybe to a member of a tier. */
public record PriceQuery(UUID skuId, SalesChannel channel, UUID storeId, String tierCode, Instant at) {
}
