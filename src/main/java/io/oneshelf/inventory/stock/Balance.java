package io.oneshelf.inventory.stock;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Stock of one SKU at one location. Available never shows below zero, even when safety stock is not met. */
record Balance(UUID id, UUID skuId, String skuCode, String skuName, UUID locationId, String locationName,
               long onHand, long reserved, long safetyStock, long available, long version,
               OffsetDateTime updatedAt) {
}
