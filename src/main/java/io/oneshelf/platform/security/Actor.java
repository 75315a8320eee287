package io.oneshelf.platform.security;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: a staff member or an API client, always inside one tenant, with one role and one scope.
 * Every query of tenant-owned data filters by {@link #tenantId()} and, where the data belongs to a place,
 * by the scope. A module acting for a customer (who is a {@link Shopper}, never an actor) calls another module's
 * in-process API as {@link #system}. No HTTP caller is ever a {@link Kind#SYSTEM} actor: staff tokens carry only
 * {@link Kind#STAFF} ({@link AccessTokens}), signed requests only {@link Kind#API_CLIENT}.
 *
 * @param scopeId the region, franchisee or store id; the tenant id for {@link ScopeType#BRAND}
 */
public record Actor(Kind kind, UUID id, UUID tenantId, String name, Role role, ScopeType scopeType, UUID scopeId) {

    public enum Kind { STAFF, API_CLIENT, SYSTEM }

    /**
     * A brand-wide actor of the server itself, in process only: what a module uses when it acts for a customer
     * (an online order holding stock through inventory's API) or for a job. HQ admin rights over the whole brand,
     * so the calling module must itself decide what the customer may do. Its id is derived from {@code name}
     * ({@code storefront}, {@code order-expiry} …), so audit entries and idempotency claims of one system actor
     * keep one id.
     */
    public static Actor system(UUID brandId, String name) {
        UUID id = UUID.nameUUIDFromBytes(("oneshelf-system:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Actor(Kind.SYSTEM, id, brandId, name, Role.HQ_ADMIN, ScopeType.BRAND, brandId);
    }

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
