package io.oneshelf.inventory;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The lines of SKUs and quantities a command names, checked once against the brand's catalogue: a transfer asked
 * for, a replenishment order submitted, and the lines of a stock hold (reservations adopt it too). Every SKU is
 * one of the brand's (deactivated ones included: {@link #sku} tells, for those that must refuse them), no SKU is
 * named twice at the same place, and every quantity is between 1 and {@link #MAX_QUANTITY}.
 *
 * <p>A refusal is a {@link LineRejected} that names the line as the command does ({@code lines[2].skuId},
 * {@code lines[0].quantity}), the first bad line in line order. Immutable, and {@link #of} is the only way to
 * have one: holding a {@code SkuLines} means the lines were checked.
 */
public final class SkuLines {

    /** The most of one SKU a single line may move. */
    public static final long MAX_QUANTITY = 1_000_000;

    /**
     * One line of a command.
     *
     * @param placeId where the line's stock is, for commands that name a place per line (a stock hold); null when
     *                the command names one place for all its lines (a transfer)
     */
    public record Line(UUID skuId, UUID placeId, long quantity) {

        /** A line of a command that names its place once, for all lines. */
        public Line(UUID skuId, long quantity) {
            this(skuId, null, quantity);
        }
    }

    private final List<Line> lines;
    private final Map<UUID, SkuRef> skus;

    private SkuLines(List<Line> lines, Map<UUID, SkuRef> skus) {
        this.lines = List.copyOf(lines);
        this.skus = Map.copyOf(skus);
    }

    /**
     * The lines, checked against the SKUs of the brand {@code tenantId}.
     *
     * @throws LineRejected on the first line naming a SKU the brand does not have or one named before at the same
     *                      place ({@code lines[i].skuId}), or with a quantity out of range ({@code lines[i].quantity})
     */
    public static SkuLines of(SkuCatalog catalog, UUID tenantId, List<Line> lines) {
        Map<UUID, SkuRef> skus = catalog.find(tenantId, lines.stream().map(Line::skuId).distinct().toList());
        Set<List<UUID>> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String refused = refusal(skus, seen, line.skuId(), line.placeId());
            if (refused != null) {
                throw new LineRejected(i, Rejection.invalid("skuId", refused));
            }
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                throw new LineRejected(i, Rejection.invalid("quantity", "validation.range", 1, MAX_QUANTITY));
            }
        }
        return new SkuLines(lines, skus);
    }

    /**
     * SKUs named without quantities, as a count sheet names them, checked the same way: each one of the brand's,
     * each once. A refusal names the entry as {@code field[i]}.
     *
     * @return the SKUs in the order given
     */
    public static List<UUID> distinctSkus(SkuCatalog catalog, UUID tenantId, List<UUID> skuIds, String field) {
        Map<UUID, SkuRef> skus = catalog.find(tenantId, skuIds.stream().distinct().toList());
        Set<List<UUID>> seen = new HashSet<>();
        for (int i = 0; i < skuIds.size(); i++) {
            String refused = refusal(skus, seen, skuIds.get(i), null);
            if (refused != null) {
                throw Rejection.invalid(field + "[" + i + "]", refused);
            }
        }
        return List.copyOf(skuIds);
    }

    /** The message code of what is wrong with naming this SKU here, or null when nothing is. */
    private static String refusal(Map<UUID, SkuRef> skus, Set<List<UUID>> seen, UUID sku, UUID place) {
        if (!skus.containsKey(sku)) {
            return "catalog.sku.foreign";
        }
        return seen.add(Arrays.asList(sku, place)) ? null : "inventory.named-twice";
    }

    /** The lines in the order the command named them. */
    public List<Line> lines() {
        return lines;
    }

    /** The SKU of a line as the catalogue knows it: code, name and whether it is still active. */
    public SkuRef sku(UUID skuId) {
        SkuRef sku = skus.get(skuId);
        if (sku == null) {
            throw new IllegalArgumentException("no line names SKU " + skuId);
        }
        return sku;
    }

    /** The quantity per SKU, in line order; for commands that name one place for all lines. */
    public Map<UUID, Long> quantities() {
        Map<UUID, Long> result = new LinkedHashMap<>();
        lines.forEach(l -> result.merge(l.skuId(), l.quantity(), Long::sum));
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkuLines other && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return "SkuLines" + lines;
    }
}
