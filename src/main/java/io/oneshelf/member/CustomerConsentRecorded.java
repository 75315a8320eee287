package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer granted or withdrew consent for a purpose ({@code MARKETING}, {@code PROFILING}) on a channel
 * ({@code SMS}, {@code WECHAT}, {@code EMAIL}, {@code APP}); {@code source} says where ({@code shop} …).
 */
@EventType("member.customer.consent-recorded")
public record CustomerConsentRecorded(UUID brandId, UUID customerId, String purpose, String channel, boolean granted,
                                      String source, OffsetDateTime recordedAt) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
