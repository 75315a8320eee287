package io.oneshelf.guide.roster;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.StaffRoster;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see which guides: a guide is a staff member with the {@code GUIDE} role working at one store; a caller
 * sees the guides of the stores their scope reaches, and a guide only themselves (their store's leaderboard aside).
 * A guide the caller may not see is not found, like one of another brand.
 */
@Component
public class GuideAccess {

    private final StaffRoster roster;
    private final Places places;

    GuideAccess(StaffRoster roster, Places places) {
        this.roster = roster;
        this.places = places;
    }

    /** A guide of the brand, enabled or not, whatever anyone's scope (for listeners and jobs). */
    public Optional<StaffRoster.Member> guide(UUID brandId, UUID guideId) {
        return roster.find(brandId, guideId).filter(m -> Role.GUIDE.name().equals(m.role()))
                .filter(m -> m.storeId().isPresent());
    }

    /** The guide of the path, if the caller may see them; not found otherwise. */
    public StaffRoster.Member visibleGuide(Actor actor, UUID guideId) {
        return guide(actor.tenantId(), guideId).filter(g -> sees(actor, g))
                .orElseThrow(() -> Rejection.notFound("guide"));
    }

    /** The guide a body names ({@code field}), if the caller may see them and they are enabled; invalid otherwise. */
    public StaffRoster.Member namedGuide(Actor actor, UUID guideId, String field) {
        return guide(actor.tenantId(), guideId).filter(g -> sees(actor, g)).filter(StaffRoster.Member::enabled)
                .orElseThrow(() -> Rejection.invalid(field, "guide.unknown"));
    }

    /** A store of the brand within the caller's scope; not found otherwise. */
    public PlaceRef visibleStore(Actor actor, UUID storeId) {
        return places.find(actor.tenantId(), storeId).filter(p -> p.kind() == PlaceRef.Kind.STORE)
                .filter(p -> reaches(actor, p.id())).orElseThrow(() -> Rejection.notFound("store"));
    }

    /** The ids of the stores and warehouses the caller's scope reaches. */
    public java.util.Set<UUID> storesVisibleTo(Actor actor) {
        return places.idsVisibleTo(actor);
    }

    /** Whether the caller's scope reaches the store. */
    public boolean reaches(Actor actor, UUID storeId) {
        return places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), storeId);
    }

    /** Whether the caller sees only themselves as a guide. */
    public static boolean ownOnly(Actor actor) {
        return actor.role() == Role.GUIDE;
    }

    private boolean sees(Actor actor, StaffRoster.Member guide) {
        if (ownOnly(actor)) {
            return actor.id().equals(guide.id());
        }
        return reaches(actor, guide.storeId().orElseThrow());
    }
}
