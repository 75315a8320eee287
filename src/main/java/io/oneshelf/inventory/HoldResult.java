package io.oneshelf.inventory;

/**
 * What {@link StockHolds#hold} did. {@code hold} is the hold as it is after the call; it is {@code null} only for
 * {@link Outcome#REPEATED} when the earlier answer was kept for a hold that no longer exists.
 */
public record HoldResult(Outcome outcome, Hold hold) {

    public enum Outcome {
        /** The stock is held now. */
        MADE,
        /** A hold with this reference and these lines existed already: that hold, unchanged. */
        FOUND,
        /** The command's idempotency key was used before for the same command: its answer was kept then. */
        REPEATED
    }
}
