package io.oneshelf.catalog.price;

import io.oneshelf.catalog.SalesChannel;
import java.time.Instant;
import java.util.UUID;

/**
 * One price rule of a SKU. Only the field of its kind is set: {@code tierCode} for TIER, {@code channel} for
 * CHANNEL, {@code storeId} for STORE. Valid from {@code validFrom} (inclusive, null = always) until
 * {@code validTo} (exclusive, null = forever).
 */
public record PriceRow(PriceKind kind, String tierCode, SalesChannel channel, UUID storeId, long priceFen,
                       Instant validFrom, Instant validTo) {

    public boolean validAt(Instant at) {
        return (validFrom == null || !validFrom.isAfter(at)) && (validTo == null || validTo.isAfter(at));
    }

    /** Whether this period and the other overlap. */
    boolean overlaps(PriceRow other) {
        boolean startsBeforeOtherEnds = validFrom == null || other.validTo == null || validFrom.isBefore(other.validTo);
        boolean endsAfterOtherStarts = validTo == null || other.validFrom == null || validTo.isAfter(other.validFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** What the rule is keyed by, e.g. "GOLD", "POS", a store id; empty for the list price. */
    String key() {
        return switch (kind) {
            case LIST -> "";
            case TIER -> tierCode;
            case CHANNEL -> channel.name();
            case STORE -> storeId.toString();
        };
    }
}
