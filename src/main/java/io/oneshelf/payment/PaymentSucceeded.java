package io.oneshelf.payment;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** A tender captured its amount. {@code payerId} is the gateway's payer (WeChat openid), null for cash and card. */
@EventType("payment.payment.succeeded")
public record PaymentSucceeded(UUID brandId, UUID paymentId, String reference, Tender tender, long amount,
                               String payerId, List<UUID> placeIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return paymentId;
    }
}
