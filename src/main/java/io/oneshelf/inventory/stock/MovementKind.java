package io.oneshelf.inventory.stock;

/** Why stock changed. Each kind moves on hand, reserved or both; the ledger row carries the signed deltas. */
public enum MovementKind {
    RECEIPT, SALE, RETURN, ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN, STOCKTAKE, RESERVE, RELEASE
}
