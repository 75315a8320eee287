package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A brand has a new customer: signed in to the shop for the first time, or registered by staff (a guide's order).
 *
 * @param source who registered them: {@code shop-sign-in}, {@code guide-order}, {@code demo} …
 */
@EventType("member.customer.registered")
public record CustomerRegistered(UUID brandId, UUID customerId, String phone, String name, String source,
                                 OffsetDateTime registeredAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
