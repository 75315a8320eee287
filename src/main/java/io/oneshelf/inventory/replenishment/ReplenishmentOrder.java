package io.oneshelf.inventory.replenishment;

import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stock a store asks HQ for. HQ approves it from a warehouse, possibly editing the quantities (0 drops a line), or
 * rejects it with a reason; the store may cancel it while it waits. Guards its own transitions
 * ({@link ReplenishmentStatus#TRANSITIONS} lists which are allowed). Once approved, the stock travels as the transfer
 * {@code transferId}, whose status is {@code transferStatus}.
 */
record ReplenishmentOrder(UUID id, UUID tenantId, String reference, UUID storeId, UUID warehouseId,
                          ReplenishmentStatus status, String note, List<Line> lines, String rejectReason,
                          UUID transferId, String transferStatus, String requestedBy, String decidedBy, int version,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime decidedAt) {

    /** {@code approved} stays null until HQ decides. */
    record Line(UUID skuId, long requested, Long approved) {
    }

    /** A quantity of one SKU named in an approval. */
    record Quantity(UUID skuId, long quantity) {
    }

    /**
     * Approves from the warehouse: lines the approval names get its quantity, the others what was requested.
     * Refused naming the approval line that is wrong, or when nothing would be shipped.
     */
    ReplenishmentOrder approve(UUID warehouse, List<Quantity> edits, String by) {
        ReplenishmentOrder next = to(ReplenishmentStatus.APPROVED);
        long[] approved = lines.stream().mapToLong(Line::requested).toArray();
        boolean[] named = new boolean[lines.size()];
        for (int i = 0; i < edits.size(); i++) {
            int line = lineOf(edits.get(i).skuId());
            if (line < 0 || named[line]) {
                throw new LineRejected(i, Rejection.invalid("skuId", line < 0 ? "inventory.replenishment.not-a-line"
                        : "inventory.named-twice"));
            }
            named[line] = true;
            approved[line] = edits.get(i).quantity();
        }
        if (Arrays.stream(approved).allMatch(q -> q == 0)) {
            throw Rejection.invalid("lines", "inventory.replenishment.approve-none");
        }
        List<Line> decided = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            decided.add(new Line(lines.get(i).skuId(), lines.get(i).requested(), approved[i]));
        }
        return new ReplenishmentOrder(id, tenantId, reference, storeId, warehouse, next.status, note,
                List.copyOf(decided), null, null, null, requestedBy, by, version, createdAt, updatedAt, decidedAt);
    }

    ReplenishmentOrder reject(String reason, String by) {
        ReplenishmentOrder next = to(ReplenishmentStatus.REJECTED);
        return new ReplenishmentOrder(id, tenantId, reference, storeId, warehouseId, next.status, note, lines,
                reason, null, null, requestedBy, by, version, createdAt, updatedAt, decidedAt);
    }

    ReplenishmentOrder cancel() {
        return to(ReplenishmentStatus.CANCELLED);
    }

    /** The approved order, now travelling as the given transfer. */
    ReplenishmentOrder shippedAs(UUID transfer) {
        if (status != ReplenishmentStatus.APPROVED) {
            throw new IllegalStateException("only an approved order becomes a transfer");
        }
        return new ReplenishmentOrder(id, tenantId, reference, storeId, warehouseId, status, note, lines,
                rejectReason, transfer, transferStatus, requestedBy, decidedBy, version, createdAt, updatedAt,
                decidedAt);
    }

    /** What the transfer carries: the approved quantity per SKU, dropped lines left out, in line order. */
    Map<UUID, Long> toShip() {
        Map<UUID, Long> result = new LinkedHashMap<>();
        lines.stream().filter(l -> l.approved() != null && l.approved() > 0)
                .forEach(l -> result.put(l.skuId(), l.approved()));
        return result;
    }

    ReplenishmentOrder withTransferStatus(String current) {
        return new ReplenishmentOrder(id, tenantId, reference, storeId, warehouseId, status, note, lines,
                rejectReason, transferId, current, requestedBy, decidedBy, version, createdAt, updatedAt,
                decidedAt);
    }

    private int lineOf(UUID skuId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).skuId().equals(skuId)) {
                return i;
            }
        }
        return -1;
    }

    private ReplenishmentOrder to(ReplenishmentStatus next) {
        ReplenishmentStatus.TRANSITIONS.check(status, next);
        return new ReplenishmentOrder(id, tenantId, reference, storeId, warehouseId, next, note, lines,
                rejectReason, transferId, transferStatus, requestedBy, decidedBy, version, createdAt, updatedAt,
                decidedAt);
    }
}
