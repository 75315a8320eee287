package io.oneshelf.settlement.ledger;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.Scopes;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.settlement.Owner;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Owners and places by name for one answer, each looked up once. */
final class Names {

    private final UUID tenantId;
    private final Scopes scopes;
    private final Places places;
    private final Map<Owner, String> owners = new HashMap<>();
    private Map<UUID, PlaceRef> placesById;

    Names(UUID tenantId, Scopes scopes, Places places) {
        this.tenantId = tenantId;
        this.scopes = scopes;
        this.places = places;
    }

    SettlementViews.OwnerView owner(Owner owner) {
        String name = owners.computeIfAbsent(owner, o -> scopes.resolve(tenantId,
                        o.kind() == Owner.Kind.BRAND ? ScopeType.BRAND : ScopeType.FRANCHISEE, o.id())
                .map(ScopeRef::name).orElse(null));
        return new SettlementViews.OwnerView(owner.kind(), owner.id(), name);
    }

    PlaceRef place(UUID id) {
        if (placesById == null) {
            placesById = new HashMap<>();
            places.all(tenantId).forEach(p -> placesById.put(p.id(), p));
        }
        return placesById.get(id);
    }
}
