package io.oneshelf.crm;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** An RFM run put a customer into another segment (or into one for the first time: {@code previous} null). */
@EventType("crm.customer.segmented")
public record CustomerSegmented(UUID brandId, UUID customerId, RfmSegment segment, RfmSegment previous,
                                int recency, int frequency, int monetary) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
