package io.oneshelf.org.staff;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Role;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who works for the brand, with one role and one scope. Guards its own state changes. */
record StaffMember(UUID id, String login, String displayName, String phone, Role role, ScopeRef scope,
                   StaffStatus status, int version, OffsetDateTime createdAt, OffsetDateTime lastLoginAt) {

    enum StaffStatus { ACTIVE, DISABLED }

    StaffMember disable() {
        if (status == StaffStatus.DISABLED) {
            throw Rejection.conflict("status", "org.staff.already-disabled");
        }
        return withStatus(StaffStatus.DISABLED);
    }

    StaffMember enable() {
        if (status == StaffStatus.ACTIVE) {
            throw Rejection.conflict("status", "org.staff.already-active");
        }
        return withStatus(StaffStatus.ACTIVE);
    }

    StaffMember assign(Role newRole, ScopeRef newScope) {
        return new StaffMember(id, login, displayName, phone, newRole, newScope, status, version, createdAt,
                lastLoginAt);
    }

    /** What staff without the right to manage staff see of a colleague's phone: 138****5678. */
    StaffMember masked() {
        if (phone == null || phone.length() < 7) {
            return this;
        }
        String masked = phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        return new StaffMember(id, login, displayName, masked, role, scope, status, version, createdAt, lastLoginAt);
    }

    private StaffMember withStatus(StaffStatus next) {
        return new StaffMember(id, login, displayName, phone, role, scope, next, version, createdAt, lastLoginAt);
    }
}
