package io.oneshelf.org.staff;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.web.ApiProblem;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Who may give which role to whom: only roles below one's own (HQ admins: any), only with a scope kind that
 * fits the role, never to oneself. The scope itself must lie within the granter's scope (checked by Scopes).
 */
final class StaffGrantPolicy {

    private StaffGrantPolicy() {
    }

    static void checkGrant(Actor granter, Role role, ScopeRef scope) {
        if (!granter.role().mayGrant(role)) {
            throw ApiProblem.invalid("role", "your role may not grant " + role);
        }
        if (!role.fits(scope.type())) {
            String fitting = Arrays.stream(io.oneshelf.platform.security.ScopeType.values()).filter(role::fits)
                    .map(Enum::name).collect(Collectors.joining(" or "));
            throw ApiProblem.invalid("scopeType", role + " needs scope type " + fitting);
        }
    }

    static void checkChange(Actor granter, StaffMember target) {
        if (granter.id().equals(target.id())) {
            throw ApiProblem.invalid("id", "you cannot change your own account here");
        }
        if (!granter.role().mayGrant(target.role())) {
            throw ApiProblem.forbidden("Your role may not manage a " + target.role());
        }
    }
}
