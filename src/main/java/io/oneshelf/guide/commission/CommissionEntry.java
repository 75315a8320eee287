package io.oneshelf.guide.commission;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of a guide's sales ledger: {@code EARNED} by a paid order (base and amount positive), or {@code REVERSED}
 * by its refunds (both negative), correcting the earned row {@code corrects}.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "GuideCommissionEntry")
record CommissionEntry(UUID id, UUID guideId, UUID orderId, String orderNumber, UUID customerId, UUID storeId,
                       String kind, long base, int rateBp, long amount, UUID corrects, OffsetDateTime recordedAt) {
}
