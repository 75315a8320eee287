package io.oneshelf.voucher;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A voucher's unused {@code uses} were refunded: {@code amount} fen back to the order's tenders ({@code byReturn}:
 * as a return of the order's line, the voucher untouched; otherwise as a refund of the unused share).
 */
@EventType("voucher.voucher.refunded")
public record VoucherRefunded(UUID brandId, UUID voucherId, UUID orderId, UUID storeId, int uses, long amount,
                              boolean byReturn) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return voucherId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}
