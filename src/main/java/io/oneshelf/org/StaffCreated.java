package io.oneshelf.org;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import java.util.List;
import java.util.UUID;

/** A staff account was created with its role and scope (a store, a region, a franchisee or the brand). */
@EventType("org.staff.created")
public record StaffCreated(UUID brandId, UUID staffId, String login, String displayName, Role role, ScopeType scopeType,
        UUID scopeId) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return staffId;
    }

    @Override
    public List<UUID> placeIds() {
        return scopeType == ScopeType.STORE ? List.of(scopeId) : List.of();
    }
}
