package io.oneshelf.settlement.ledger;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import java.util.Map;
import java.util.UUID;

/**
 * The entries a caller sees: a brand-wide caller all of the brand's; a franchisee's those it owes or is owed; a
 * region's or store's those whose stock came from, or whose order was sold at, a place of its scope. {@code
 * condition} is SQL starting with "and" over the ledger aliased {@code x}.
 */
record View(UUID tenantId, String condition, Map<String, Object> params) {

    static View of(Actor actor, Places places) {
        if (actor.brandWide()) {
            return new View(actor.tenantId(), "", Map.of("tenant", actor.tenantId()));
        }
        if (actor.scopeType() == ScopeType.FRANCHISEE) {
            return new View(actor.tenantId(), " and (x.debtor_id = :scopeId or x.creditor_id = :scopeId)",
                    Map.of("tenant", actor.tenantId(), "scopeId", actor.scopeId()));
        }
        UUID[] reach = places.visibleTo(actor).stream().map(PlaceRef::id).toArray(UUID[]::new);
        return new View(actor.tenantId(), " and (x.place_id = any(:places) or x.store_id = any(:places))",
                Map.of("tenant", actor.tenantId(), "places", reach));
    }

    /** Whether the view sees everything of the brand. */
    boolean whole() {
        return condition.isEmpty();
    }
}
