package io.oneshelf.member;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A customer has a new identity: a WeChat openid or unionid (signed in by WeChat), an email. */
@EventType("member.customer.identity-linked")
public record CustomerIdentityLinked(UUID brandId, UUID customerId, IdentityKind kind, String value)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
