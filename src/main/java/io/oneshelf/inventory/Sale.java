package io.oneshelf.inventory;

import io.oneshelf.platform.security.Actor;

/**
 * A sale of these lines, named by the caller's {@code reference} (e.g. {@code order:<uuid>}), in {@code by}'s
 * brand and scope; {@code holdReference} (optional) names the hold it consumes.
 */
public record Sale(Actor by, String reference, HoldLines lines, String holdReference) {

    public Sale {
        if (by == null || reference == null || reference.isBlank() || lines == null) {
            throw new IllegalArgumentException("a sale needs a caller, a reference and lines");
        }
        reference = reference.trim();
    }

    public Sale(Actor by, String reference, HoldLines lines) {
        this(by, reference, lines, null);
    }
}
