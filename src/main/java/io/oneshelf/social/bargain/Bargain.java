package io.oneshelf.social.bargain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One buyer's bargain: the {@code cuts} drawn when it started (each at least 1 fen, together start − floor), of which
 * helpers took the first {@code cutsTaken}, so its {@code price} is the start less those; OPEN until bought (BOUGHT,
 * by order {@code orderId}) or out of time (EXPIRED, also when read OPEN after {@code expiresAt}).
 */
record Bargain(UUID id, UUID campaignId, String code, UUID customerId, long startPrice, long floorPrice,
               List<Long> cuts, int cutsTaken, long price, String status, OffsetDateTime startedAt,
               OffsetDateTime expiresAt, UUID orderId, OffsetDateTime boughtAt) {

    static final String OPEN = "OPEN";
    static final String BOUGHT = "BOUGHT";
    static final String EXPIRED = "EXPIRED";

    Bargain {
        cuts = List.copyOf(cuts);
    }

    /** Whether it may still be helped or bought at {@code at}. */
    boolean openAt(OffsetDateTime at) {
        return OPEN.equals(status) && at.isBefore(expiresAt);
    }

    /** Its status as of {@code at}: an OPEN one past its time is EXPIRED. */
    String statusAt(OffsetDateTime at) {
        return OPEN.equals(status) && !at.isBefore(expiresAt) ? EXPIRED : status;
    }

    boolean atFloor() {
        return cutsTaken == cuts.size();
    }

    /** The next cut a helper takes (1-based {@code seq} = cutsTaken + 1). */
    long nextCut() {
        return cuts.get(cutsTaken);
    }
}
