package io.oneshelf.platform.security;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: a staff member or an API client, always inside one tenant, with one role and one scope.
 * Every query of tenant-owned data filters by {@link #tenantId()} and, where the data belongs to a place,
 * by the scope.
 *
 * @param scopeId the region, franchisee or store id; the tenant id for {@link ScopeType#BRAND}
 */
public record Actor(Kind kind, UUID id, UUID tenantId, String name, Role role, ScopeType scopeType, UUID scopeId) {

    public enum Kind { STAFF, API_CLIENT }

    public boolean can(Permission permission) {
        return role.permissions().contains(permission);
    }

    public boolean brandWide() {
        return scopeType == ScopeType.BRAND;
    }

    /** The authenticated caller of the current request; every protected endpoint has one. */
    public static Actor current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        throw new Rejection(Rejection.Kind.UNAUTHORIZED, Message.of("problem.sign-in-first"));
    }
}
