package io.oneshelf.inventory.stock;

import java.util.UUID;

/** One SKU at one location of one tenant: what a stock balance is kept for. */
public record BalanceKey(UUID tenantId, UUID skuId, UUID locationId) {
}
