package io.oneshelf.order;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A return of order lines: requested by the customer, or completed by staff (refunded, goods restocked or
 * written off), or rejected. {@code amount} is what the lines' apportioned paid amounts come to, in fen.
 */
public record OrderReturn(UUID id, UUID orderId, Status status, UUID placeId, boolean restock, long amount,
                          String reason, List<Line> lines, OffsetDateTime createdAt, OffsetDateTime decidedAt) {

    public enum Status { REQUESTED, COMPLETED, REJECTED }

    public record Line(int lineIndex, long quantity, long amount) {
    }
}
