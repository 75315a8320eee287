package io.oneshelf.order.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Splits an order no single place can serve into few shipments, greedily: again and again the place that can
 * give the most of the remaining lines in full takes them (ties go to the place tried first, i.e. by preference,
 * distance and code); a line no place can give in full is then taken in parts, from places already shipping
 * first, then from those with the most of it. Deterministic: the same stock gives the same plan. The caller has
 * checked that the places together have enough of every SKU.
 */
final class Split {

    private final List<Candidate> ordered;
    /** What each place has left to give; places by identity (each candidate is one place). */
    private final Map<Candidate, Map<UUID, Long>> left = new IdentityHashMap<>();
    private final Map<Candidate, List<RouteLine>> chosen = new LinkedHashMap<>();

    private Split(List<Candidate> ordered) {
        this.ordered = ordered;
        ordered.forEach(c -> left.put(c, new HashMap<>(c.usable())));
    }

    /** The shipments, the first chosen first, each with its lines in line order. */
    static List<Shipment> of(List<RouteLine> lines, List<Candidate> ordered) {
        Split split = new Split(ordered);
        List<RouteLine> remaining = split.wholeLines(new ArrayList<>(lines));
        remaining.forEach(split::inParts);
        return split.chosen.entrySet().stream().map(e -> e.getKey().ship(e.getValue().stream()
                .sorted(Comparator.comparingInt(RouteLine::index)).toList())).toList();
    }

    /** Gives whole lines to the best place until none can take another; answers the lines left. */
    private List<RouteLine> wholeLines(List<RouteLine> remaining) {
        while (!remaining.isEmpty()) {
            Candidate best = null;
            List<RouteLine> bestLines = List.of();
            for (Candidate c : ordered) {
                List<RouteLine> whole = takeable(c, remaining);
                if (whole.size() > bestLines.size()) {
                    best = c;
                    bestLines = whole;
                }
            }
            if (best == null) {
                break;
            }
            for (RouteLine line : bestLines) {
                give(line, best);
            }
            remaining.removeAll(bestLines);
        }
        return remaining;
    }

    /** The remaining lines a place could give in full, in line order, one after another from its stock. */
    private List<RouteLine> takeable(Candidate c, List<RouteLine> remaining) {
        Map<UUID, Long> stock = new HashMap<>(left.get(c));
        List<RouteLine> whole = new ArrayList<>();
        for (RouteLine line : remaining) {
            long has = stock.getOrDefault(line.skuId(), 0L);
            if (has >= line.quantity()) {
                stock.put(line.skuId(), has - line.quantity());
                whole.add(line);
            }
        }
        return whole;
    }

    /** A line taken in parts: places already shipping first, then those with the most of it. */
    private void inParts(RouteLine line) {
        List<Candidate> sources = new ArrayList<>(chosen.keySet());
        ordered.stream().filter(c -> !chosen.containsKey(c))
                .sorted(Comparator.comparingLong((Candidate c) -> -left.get(c).getOrDefault(line.skuId(), 0L)))
                .forEach(sources::add);
        long needed = line.quantity();
        for (Candidate c : sources) {
            long take = Math.min(needed, left.get(c).getOrDefault(line.skuId(), 0L));
            if (take > 0) {
                give(new RouteLine(line.index(), line.skuId(), take), c);
                needed -= take;
            }
            if (needed == 0) {
                return;
            }
        }
        throw new IllegalStateException("not enough stock for line " + line.index() + ": checked before");
    }

    private void give(RouteLine line, Candidate c) {
        left.get(c).merge(line.skuId(), -line.quantity(), Long::sum);
        chosen.computeIfAbsent(c, k -> new ArrayList<>()).add(line);
    }
}
