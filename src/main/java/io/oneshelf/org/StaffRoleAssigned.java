package io.oneshelf.org;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import java.util.List;
import java.util.UUID;

/** A staff member was given another role or scope; the event carries both as they now are. */
@EventType("org.staff.role-assigned")
public record StaffRoleAssigned(UUID brandId, UUID staffId, String login, String displayName, Role role, ScopeType scopeType,
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
