package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer asked to be deleted (PIPL) and was anonymised: their phone, name, addresses and identities are gone.
 * Modules that keep personal data of the customer (a delivery address on an order, a guide's notes) clear it;
 * ledgers keep their amounts under the customer's id.
 */
@EventType("member.customer.anonymised")
public record CustomerAnonymised(UUID brandId, UUID customerId, OffsetDateTime anonymisedAt)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
