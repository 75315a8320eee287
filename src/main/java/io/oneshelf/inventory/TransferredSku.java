package io.oneshelf.inventory;

import java.util.UUID;

/**
 * One SKU of a transfer in its events.
 *
 * @param quantity what the step moved: requested, shipped or received
 * @param discrepancy received - shipped, on a received transfer only (null before)
 */
public record TransferredSku(UUID skuId, String skuCode, long quantity, Long discrepancy) {
}
