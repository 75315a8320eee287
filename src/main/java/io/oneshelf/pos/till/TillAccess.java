package io.oneshelf.pos.till;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The tills a member of staff may use: those of the brand's stores within their scope; others are not found. */
@Component
class TillAccess {

    private final Tills tills;
    private final Places places;

    TillAccess(Tills tills, Places places) {
        this.tills = tills;
        this.places = places;
    }

    Till till(Actor actor, UUID tillId) {
        return tills.find(actor.tenantId(), tillId)
                .filter(t -> places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), t.storeId()))
                .orElseThrow(() -> Rejection.notFound("till"));
    }

    /** A till that sells: refused on {@code tillId} when it was deactivated. */
    Till selling(Actor actor, UUID tillId) {
        Till till = till(actor, tillId);
        if (!till.active()) {
            throw Rejection.conflict("tillId", "pos.till.inactive", till.name());
        }
        return till;
    }

    /** A store of the brand within the caller's scope, or 422 on {@code field}. */
    PlaceRef store(Actor actor, UUID storeId, String field) {
        return places.find(actor.tenantId(), storeId)
                .filter(p -> p.kind() == PlaceRef.Kind.STORE)
                .filter(p -> places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), p.id()))
                .orElseThrow(() -> Rejection.invalid(field, "pos.store.unknown"));
    }

    String storeName(Actor actor, UUID storeId) {
        return places.find(actor.tenantId(), storeId).map(PlaceRef::name).orElse(null);
    }
}
