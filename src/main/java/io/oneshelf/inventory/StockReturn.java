package io.oneshelf.inventory;

import io.oneshelf.platform.security.Actor;

/** Goods of these lines brought back, named by the caller's {@code reference}, in {@code by}'s brand and scope. */
public record StockReturn(Actor by, String reference, HoldLines lines) {

    public StockReturn {
        if (by == null || reference == null || reference.isBlank() || lines == null) {
            throw new IllegalArgumentException("a return needs a caller, a reference and lines");
        }
        reference = reference.trim();
    }
}
