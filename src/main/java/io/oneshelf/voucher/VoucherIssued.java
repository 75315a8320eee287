package io.oneshelf.voucher;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A paid order line's unit became a voucher of {@code uses} uses at {@code storeId}, valid until {@code expiresAt}. */
@EventType("voucher.voucher.issued")
public record VoucherIssued(UUID brandId, UUID voucherId, UUID orderId, String orderNumber, int lineIndex,
                            UUID skuId, String skuCode, UUID storeId, UUID customerId, int uses, long price,
                            OffsetDateTime expiresAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return voucherId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}
