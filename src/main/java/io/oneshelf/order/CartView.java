package io.oneshelf.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A cart priced now: its lines by name with the online price, and the goods amount in fen (shipping comes at checkout). */
public record CartView(List<Line> lines, long goodsAmount, long count) {

    public record Line(UUID skuId, String skuCode, String name, Map<String, String> specs, long quantity,
                       long unitPrice, long amount) {
    }
}
