package io.oneshelf.distribution;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A member's application was approved: they are a distributor of {@code level}, their share code {@code code}. */
@EventType("distribution.distributor.approved")
public record DistributorApproved(UUID brandId, UUID distributorId, UUID customerId, String code, int level,
                                  UUID inviterId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return distributorId;
    }
}
