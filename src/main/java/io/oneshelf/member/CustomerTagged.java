package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer got a tag: put on by staff ({@code MANUAL}) or by one of the brand's rules ({@code RULE}). */
@EventType("member.customer.tagged")
public record CustomerTagged(UUID brandId, UUID customerId, String tag, String source) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
