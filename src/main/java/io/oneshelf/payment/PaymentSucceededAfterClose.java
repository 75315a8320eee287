package io.oneshelf.payment;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A gateway payment succeeded after its reference was closed (an order cancelled); it is being refunded. */
@EventType("payment.payment.late")
public record PaymentSucceededAfterClose(UUID brandId, UUID paymentId, String reference, long amount)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return paymentId;
    }
}
