package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer told the brand their birthday (once: it is not changed afterwards); {@code year} may be null. */
@EventType("member.customer.birthday-set")
public record CustomerBirthdaySet(UUID brandId, UUID customerId, int month, int day, Integer year)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
