package io.oneshelf.guide.community;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A broadcast to a community group: content, a group-buy link or a coupon link; the members it reached (consent)
 * and refused; the paid orders of reached members within {@code attributionDays} after it (the latest broadcast
 * that reached the customer takes the order).
 */
record Broadcast(UUID id, UUID groupId, String kind, String text, String link, int reached, int refused,
                 int attributionDays, UUID byStaffId, OffsetDateTime sentAt, long orders, long sales) {

    enum Kind { CONTENT, GROUP_BUY, COUPON }
}
