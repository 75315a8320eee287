package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer removed a delivery address. */
@EventType("member.customer.address-removed")
public record CustomerAddressRemoved(UUID brandId, UUID customerId, UUID addressId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
