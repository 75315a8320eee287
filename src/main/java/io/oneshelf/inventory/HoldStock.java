package io.oneshelf.inventory;

import io.oneshelf.platform.security.Actor;
import java.time.Duration;

/**
 * Hold these lines for the sale named {@code reference} (e.g. {@code order:<uuid>}) for {@code expiresIn}; all
 * lines or none. The brand is {@code by}'s, and {@code by}'s scope must reach every location. {@code key} is
 * optional: a caller's idempotency key kept with the answer.
 */
public record HoldStock(Actor by, String reference, HoldLines lines, Duration expiresIn, IdempotencyKey key) {

    /** The longest a hold may last. */
    public static final Duration LONGEST = Duration.ofDays(7);

    public HoldStock {
        if (by == null || reference == null || reference.isBlank() || lines == null) {
            throw new IllegalArgumentException("a hold needs a caller, a reference and lines");
        }
        if (expiresIn == null || expiresIn.toSeconds() < 1 || expiresIn.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a hold lasts from 1 second to 7 days");
        }
        reference = reference.trim();
    }

    public HoldStock(Actor by, String reference, HoldLines lines, Duration expiresIn) {
        this(by, reference, lines, expiresIn, null);
    }
}
