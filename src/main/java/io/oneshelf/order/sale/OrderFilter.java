package io.oneshelf.order.sale;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which orders a list shows: the brand's, narrowed to the places a scope reaches ({@code places}, null for the
 * whole brand) — an order is within reach when its store or a place it draws on is — and by the filters given.
 * {@code before} is the cursor: the id of the last order of the previous page (ids grow with time). Each filter
 * given leads an index of its own ({@code (tenant_id, <filter>, id desc)}, the number's unique one), so a page reads
 * about a page of rows whatever the combination; see V50 and V55.
 */
record OrderFilter(UUID brandId, List<UUID> places, OrderStatus status, OrderChannel channel, UUID storeId,
                   UUID guideId, UUID customerId, String number, OffsetDateTime from, OffsetDateTime to,
                   UUID before) {

    void appendTo(StringBuilder sql, Map<String, Object> params) {
        if (places != null) {
            sql.append(" and (store_id = any(:places) or exists (select 1 from order_line l where l.order_id = "
                       + "sales_order.id and l.place_id = any(:places)))");
            params.put("places", places.toArray(UUID[]::new));
        }
        add(sql, params, "status", status == null ? null : status.name(), " and status = :status");
        add(sql, params, "channel", channel == null ? null : channel.name(), " and channel = :channel");
        add(sql, params, "store", storeId, " and store_id = :store");
        add(sql, params, "guide", guideId, " and guide_id = :guide");
        add(sql, params, "customer", customerId, " and customer_id = :customer");
        add(sql, params, "number", number, " and number = :number");
        add(sql, params, "from", from, " and created_at >= :from");
        add(sql, params, "to", to, " and created_at < :to");
        add(sql, params, "before", before, " and id < :before");
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String name, Object value, String clause) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }
}
