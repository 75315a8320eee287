package io.oneshelf.voucher;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** Store staff redeemed {@code uses} uses of a voucher (核銷); {@code remaining} are left. */
@EventType("voucher.voucher.redeemed")
public record VoucherRedeemed(UUID brandId, UUID voucherId, UUID orderId, UUID storeId, UUID customerId, int uses,
                              int remaining, UUID staffId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return voucherId;
    }

    @Override
    public List<UUID> placeIds() {
        return List.of(storeId);
    }
}
