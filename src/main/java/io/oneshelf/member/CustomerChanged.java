package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer changed their own details (today their name); carries them all as they are now. */
@EventType("member.customer.changed")
public record CustomerChanged(UUID brandId, UUID customerId, String phone, String name) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
