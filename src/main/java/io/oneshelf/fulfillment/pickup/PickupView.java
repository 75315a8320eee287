package io.oneshelf.fulfillment.pickup;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pickup as store staff see it: the order by number with its lines (by name, money in fen), the customer's
 * phone masked ({@code 138****5678}) when the order has one, the store, whether the goods are ready, the code's
 * status and who collected it when.
 */
@Schema(name = "Pickup")
record PickupView(UUID orderId, String orderNumber, String orderStatus, UUID storeId, String storeName, String code,
                  PickupStatus status, boolean ready, List<Line> lines, long total, String customerPhone,
                  OffsetDateTime issuedAt, OffsetDateTime collectedAt, String collectedByName) {

    /** One order line: the SKU by name, the quantity and what the customer paid for it. */
    record Line(String skuCode, String name, Map<String, String> specs, long quantity, long payable) {
    }

    /** {@code 13812345678} → {@code 138****5678}; anything shorter than 7 characters shows only its last two. */
    static String masked(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.trim();
        if (p.length() < 7) {
            return "*".repeat(Math.max(0, p.length() - 2)) + p.substring(Math.max(0, p.length() - 2));
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }
}
