package io.oneshelf.guide.sop;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A task an SOP rule made: contact the customer (by the guide, or someone of the store's pool when {@code guideId}
 * is null) with the suggested message and link before {@code dueAt}; {@code convertedOrderId} the first order the
 * customer paid within the rule's result window after the task was made.
 */
record SopTask(UUID id, UUID ruleId, UUID customerId, String occurrence, UUID guideId, UUID storeId, String message,
               String link, String status, OffsetDateTime dueAt, OffsetDateTime resultUntil,
               OffsetDateTime createdAt, OffsetDateTime completedAt, UUID completedBy, String note,
               UUID convertedOrderId, Long convertedAmount) {

    boolean overdue(OffsetDateTime now) {
        return completedAt == null ? now.isAfter(dueAt) : completedAt.isAfter(dueAt);
    }

    static SopTask of(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long amount = rs.getLong("converted_amount");
        return new SopTask(rs.getObject("id", UUID.class), rs.getObject("rule_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getString("occurrence"),
                rs.getObject("guide_id", UUID.class), rs.getObject("store_id", UUID.class), rs.getString("message"),
                rs.getString("link"), rs.getString("status"), rs.getObject("due_at", OffsetDateTime.class),
                rs.getObject("result_until", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("completed_at", OffsetDateTime.class), rs.getObject("completed_by", UUID.class),
                rs.getString("note"), rs.getObject("converted_order_id", UUID.class), rs.wasNull() ? null : amount);
    }
}
