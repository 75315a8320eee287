package io.oneshelf.inventory.transfer;

import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Stock asked for by one place from another, shipped by the source and received by the destination. Guards its
 * own transitions ({@link TransferStatus#TRANSITIONS} lists which are allowed) and says which stock postings each
 * makes.
 * What arrived may differ from what left: each line then records the discrepancy (received - shipped).
 */
record Transfer(UUID id, UUID tenantId, String reference, UUID fromPlaceId, UUID toPlaceId,
                TransferStatus status, String notes, List<Line> lines, String requestedBy, int version,
                OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime shippedAt,
                OffsetDateTime receivedAt, OffsetDateTime cancelledAt) {

    /** {@code shipped}, {@code received} and {@code discrepancy} stay null until that step happens. */
    record Line(UUID skuId, long requested, Long shipped, Long received, Long discrepancy) {
    }

    /** A quantity of one SKU named in a ship or receive request. */
    record Quantity(UUID skuId, long quantity) {
    }

    /** Units that have left the source and not yet arrived. */
    long inTransit() {
        return status != TransferStatus.SHIPPED ? 0
                : lines.stream().mapToLong(l -> Objects.requireNonNullElse(l.shipped(), 0L)).sum();
    }

    /** The lines whose received quantity differs from the shipped one. */
    List<Line> discrepancies() {
        return lines.stream().filter(l -> l.discrepancy() != null && l.discrepancy() != 0).toList();
    }

    /** Sends what the request names, at most what was requested per line; unnamed lines ship nothing. */
    Transfer ship(List<Quantity> quantities) {
        Transfer next = to(TransferStatus.SHIPPED);
        long[] shipped = perLine(quantities, true);
        if (shipped.length > 0 && Arrays.stream(shipped).allMatch(q -> q == 0)) {
            throw Rejection.invalid("lines", "inventory.transfer.ship-none");
        }
        return next.withLines((l, i) -> new Line(l.skuId(), l.requested(), shipped[i], null, null));
    }

    /** Records what arrived; anything else than was shipped is kept as the line's discrepancy. */
    Transfer receive(List<Quantity> quantities) {
        Transfer next = to(TransferStatus.RECEIVED);
        long[] received = perLine(quantities, false);
        return next.withLines((l, i) -> new Line(l.skuId(), l.requested(), l.shipped(), received[i],
                received[i] - l.shipped()));
    }

    Transfer cancel() {
        return to(TransferStatus.CANCELLED);
    }

    /** What shipping does to stock: on hand leaves the source, one posting per shipped line. */
    List<Posting> departures(Actor actor) {
        return lines.stream().filter(l -> l.shipped() != null && l.shipped() > 0)
                .map(l -> Posting.transferOut(actor, l.skuId(), fromPlaceId, l.shipped(), reference)).toList();
    }

    /** What receiving does to stock: on hand arrives at the destination, one posting per received line. */
    List<Posting> arrivals(Actor actor) {
        return lines.stream().filter(l -> l.received() != null && l.received() > 0)
                .map(l -> Posting.transferIn(actor, l.skuId(), toPlaceId, l.received(), reference)).toList();
    }

    /** The index of the line of this SKU, or -1. */
    int lineOf(UUID skuId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).skuId().equals(skuId)) {
                return i;
            }
        }
        return -1;
    }

    /** The requested quantities spread over this transfer's lines; refused naming the request line that is wrong. */
    private long[] perLine(List<Quantity> quantities, boolean atMostRequested) {
        long[] result = new long[lines.size()];
        boolean[] named = new boolean[lines.size()];
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            int line = lineOf(q.skuId());
            if (line < 0 || named[line]) {
                throw new LineRejected(i, Rejection.invalid("skuId", line < 0 ? "inventory.transfer.not-a-line"
                        : "inventory.named-twice"));
            }
            if (atMostRequested && q.quantity() > lines.get(line).requested()) {
                throw new LineRejected(i, Rejection.invalid("quantity", "inventory.transfer.more-than-requested",
                        lines.get(line).requested()));
            }
            named[line] = true;
            result[line] = q.quantity();
        }
        return result;
    }

    private Transfer withLines(BiFunction<Line, Integer, Line> change) {
        List<Line> changed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            changed.add(change.apply(lines.get(i), i));
        }
        return new Transfer(id, tenantId, reference, fromPlaceId, toPlaceId, status, notes, List.copyOf(changed),
                requestedBy, version, createdAt, updatedAt, shippedAt, receivedAt, cancelledAt);
    }

    private Transfer to(TransferStatus next) {
        TransferStatus.TRANSITIONS.check(status, next);
        return new Transfer(id, tenantId, reference, fromPlaceId, toPlaceId, next, notes, lines, requestedBy,
                version, createdAt, updatedAt, shippedAt, receivedAt, cancelledAt);
    }
}
