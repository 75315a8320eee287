package io.oneshelf.inventory;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The lines of one hold, sale or return, in the caller's order (refusals name a line by its index in this list).
 * At least one line; the same SKU at the same location may appear twice and counts twice.
 */
public record HoldLines(List<HoldLine> lines) {

    public HoldLines {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("at least one line");
        }
        lines = List.copyOf(lines);
    }

    public static HoldLines of(HoldLine... lines) {
        return new HoldLines(List.of(lines));
    }

    public HoldLine get(int index) {
        return lines.get(index);
    }

    public int size() {
        return lines.size();
    }

    public Stream<HoldLine> stream() {
        return lines.stream();
    }

    /** The stores and warehouses named, each once, in the order first named. */
    public List<UUID> placeIds() {
        return lines.stream().map(HoldLine::locationId).distinct().toList();
    }
}
