package io.oneshelf.inventory;

/** Where a stock hold is in its life: held until confirmed (sold), released or expired. */
public enum HoldStatus {
    HELD, CONFIRMED, RELEASED, EXPIRED
}
