package io.oneshelf.pos.snapshot;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The store of a till the caller may work at: another brand's till, or a store outside the scope, is not found. */
@Component
class TillStores {

    private final TillPlaces tills;
    private final Places places;

    TillStores(TillPlaces tills, Places places) {
        this.tills = tills;
        this.places = places;
    }

    PlaceRef storeOf(Actor actor, UUID tillId) {
        return tills.storeOf(actor.tenantId(), tillId)
                .filter(store -> places.scopeContains(actor.tenantId(), actor.scopeType(), actor.scopeId(), store))
                .flatMap(store -> places.find(actor.tenantId(), store))
                .orElseThrow(() -> Rejection.notFound("till"));
    }
}
