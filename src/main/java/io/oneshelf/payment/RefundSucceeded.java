package io.oneshelf.payment;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/** Money went back to the tender that paid it. */
@EventType("payment.refund.succeeded")
public record RefundSucceeded(UUID brandId, UUID refundId, UUID paymentId, String reference, String refundReference,
                              Tender tender, long amount, List<UUID> placeIds) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return paymentId;
    }
}
