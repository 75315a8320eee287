package io.oneshelf.org.staff;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.platform.Message;
import java.util.Arrays;
import java.util.List;

/**
 * Who may give which role to whom: only roles below one's own (HQ admins: any), only with a scope kind that
 * fits the role, never to oneself. The scope itself must lie within the granter's scope (checked by Scopes).
 */
final class StaffGrantPolicy {

    private StaffGrantPolicy() {
    }

    static void checkGrant(Actor granter, Role role, ScopeRef scope) {
        if (!granter.role().mayGrant(role)) {
            throw Rejection.invalid("role", "org.staff.may-not-grant", Message.term(role));
        }
        if (!role.fits(scope.type())) {
            List<ScopeType> fitting = Arrays.stream(ScopeType.values()).filter(role::fits).toList();
            throw Rejection.invalid("scopeType", "org.role.needs-scope", Message.term(role), Message.either(fitting));
        }
    }

    static void checkChange(Actor granter, StaffMember target) {
        if (granter.id().equals(target.id())) {
            throw Rejection.invalid("id", "org.staff.not-yourself");
        }
        if (!granter.role().mayGrant(target.role())) {
            throw Rejection.forbidden("org.staff.may-not-manage", Message.term(target.role()));
        }
    }
}
