package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * Order {@code orderId} of customer {@code customerId} bought {@code quantity} units of SKU {@code skuId} at the
 * flash price {@code price} (fen) of flash sale {@code flashSaleId}, recorded in the order's transaction;
 * {@code remaining} units of its allocation are left.
 */
@EventType("promotion.flash-sale.claimed")
public record FlashSaleClaimed(UUID brandId, UUID flashSaleId, UUID skuId, UUID customerId, UUID orderId,
                               String orderNumber, int quantity, long price, int remaining)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return flashSaleId;
    }
}
