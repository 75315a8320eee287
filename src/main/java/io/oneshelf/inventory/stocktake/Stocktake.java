package io.oneshelf.inventory.stocktake;

import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stocktake (盘点) of one place: a count sheet frozen at start with the book quantity (on hand) of each SKU,
 * counted while {@link StocktakeStatus#OPEN}, then posted or cancelled. Guards its own transitions
 * ({@link StocktakeStatus#TRANSITIONS} lists which are allowed).
 *
 * <p>The posting rule: stock keeps moving while staff count (sales, receipts), so the difference posted for a
 * counted line is {@code counted - (book + movements of that SKU at the place since the freeze)}. Because a
 * balance always equals the sum of its ledger, {@code book + movements since the freeze} is the on hand at the
 * moment of posting, read with the balance row locked; so a sale or receipt during the count is neither
 * counted twice nor lost. Uncounted lines post nothing, keep their stock and are reported as uncounted.
 */
record Stocktake(UUID id, UUID tenantId, UUID placeId, StocktakeStatus status, List<Line> lines, int version,
                 OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /**
     * One SKU on the sheet.
     *
     * @param countedQuantity  null until counted
     * @param postedDifference what posting moved on hand by; null before posting and for uncounted lines
     */
    record Line(UUID skuId, long bookQuantity, Long countedQuantity, Long postedDifference) {

        boolean counted() {
            return countedQuantity != null;
        }
    }

    /** A counted quantity of one SKU, as entered. */
    record Count(UUID skuId, long quantity) {
    }

    Stocktake {
        lines = List.copyOf(lines);
    }

    /**
     * Records counted quantities; counting a SKU again overwrites. Every SKU must be on the sheet, once: the
     * refusal names the offending entry as {@code lines[i].skuId}.
     */
    Stocktake count(List<Count> counts) {
        if (status != StocktakeStatus.OPEN) {
            throw Rejection.conflict("status", "inventory.stocktake.not-countable", Message.term(status));
        }
        Map<UUID, Long> counted = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            UUID sku = counts.get(i).skuId();
            if (lines.stream().noneMatch(l -> l.skuId().equals(sku))) {
                throw new LineRejected(i, Rejection.invalid("skuId", "inventory.stocktake.not-on-sheet"));
            }
            if (counted.put(sku, counts.get(i).quantity()) != null) {
                throw new LineRejected(i, Rejection.invalid("skuId", "inventory.stocktake.counted-twice"));
            }
        }
        return withLines(lines.stream().map(l -> new Line(l.skuId(), l.bookQuantity(),
                counted.getOrDefault(l.skuId(), l.countedQuantity()), null)).toList());
    }

    /** Moves to POSTED; {@link #posted} then records what was posted. */
    Stocktake post() {
        return to(StocktakeStatus.POSTED);
    }

    /** The lines with the differences posting made, by SKU. */
    Stocktake posted(Map<UUID, Long> differences) {
        return withLines(lines.stream().map(l -> new Line(l.skuId(), l.bookQuantity(), l.countedQuantity(),
                l.counted() ? differences.getOrDefault(l.skuId(), 0L) : null)).toList());
    }

    Stocktake cancel() {
        return to(StocktakeStatus.CANCELLED);
    }

    List<UUID> uncounted() {
        return lines.stream().filter(l -> !l.counted()).map(Line::skuId).toList();
    }

    private Stocktake withLines(List<Line> next) {
        return new Stocktake(id, tenantId, placeId, status, next, version, createdAt, updatedAt);
    }

    private Stocktake to(StocktakeStatus next) {
        StocktakeStatus.TRANSITIONS.check(status, next);
        return new Stocktake(id, tenantId, placeId, next, lines, version, createdAt, updatedAt);
    }
}
