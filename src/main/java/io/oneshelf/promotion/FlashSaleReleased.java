package io.oneshelf.promotion;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * The {@code quantity} flash-price units order {@code orderId} claimed of SKU {@code skuId} are back in the flash
 * sale's allocation (and no longer count towards the customer's limit): the order was cancelled or expired unpaid
 * ({@code cause} CANCELLED).
 */
@EventType("promotion.flash-sale.released")
public record FlashSaleReleased(UUID brandId, UUID flashSaleId, UUID skuId, UUID customerId, UUID orderId,
                                int quantity, String cause) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return flashSaleId;
    }
}
