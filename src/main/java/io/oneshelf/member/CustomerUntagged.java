package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer lost a tag: taken off by staff, or a rule no longer holds for them. */
@EventType("member.customer.untagged")
public record CustomerUntagged(UUID brandId, UUID customerId, String tag, String source) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
