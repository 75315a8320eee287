package io.oneshelf.order.routing;

import io.oneshelf.inventory.OutOfStock;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Refuses the first line whose SKU the places together cannot give, as {@code OUT_OF_STOCK} on its quantity. */
final class Shortage {

    private Shortage() {
    }

    /**
     * @param code the message saying how much there is, with the total available as {0} and {@code more} after it
     * @throws LineRejected with an {@link OutOfStock} reason on {@code lines[i].quantity}
     */
    static void check(List<RouteLine> lines, List<Candidate> places, String code, Object... more) {
        Map<UUID, Long> needed = new HashMap<>();
        lines.forEach(l -> needed.merge(l.skuId(), l.quantity(), Long::sum));
        for (RouteLine line : lines) {
            long total = places.stream().mapToLong(c -> c.usable(line.skuId())).sum();
            if (total < needed.get(line.skuId())) {
                UUID at = places.size() == 1 ? places.get(0).place().id() : null;
                Object[] args = new Object[more.length + 1];
                args[0] = total;
                System.arraycopy(more, 0, args, 1, more.length);
                throw new LineRejected(line.index(), new OutOfStock(line.skuId(), at, total, "quantity",
                        Message.of(code, args)));
            }
        }
    }
}
