package io.oneshelf.inventory;

import java.util.List;
import java.util.UUID;

/**
 * A sale or return as recorded: its reference, the movements it wrote in the ledger (none for a sale whose
 * confirmed hold had already taken the stock), and whether this call only found it posted before.
 */
public record Posted(String reference, List<UUID> movementIds, boolean repeated) {
}
