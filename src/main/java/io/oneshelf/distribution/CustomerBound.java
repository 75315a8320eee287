package io.oneshelf.distribution;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer was bound to a distributor by their share link or code (a last-touch rebind names the previous one). */
@EventType("distribution.customer.bound")
public record CustomerBound(UUID brandId, UUID bindingId, UUID customerId, UUID distributorId, String source,
                            UUID previousDistributorId, java.time.OffsetDateTime expiresAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
