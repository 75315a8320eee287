package io.oneshelf.settlement.ledger;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.platform.security.StaffDirectory;
import io.oneshelf.settlement.Owner;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whose stock and whose sale. A place's stock is its runner's: the franchisee of a franchised store, the brand
 * for its own stores and every warehouse. An order is its seller's: the brand for the online shop; for a till sale
 * or a guide's pickup order, the owner of the order's store; for a guide's delivered order (which names no store),
 * the owner of the guide's store or franchisee, and the brand for a guide scoped wider than that.
 */
@Component
class Owners {

    private final Places places;
    private final StaffDirectory staff;

    Owners(Places places, StaffDirectory staff) {
        this.places = places;
        this.staff = staff;
    }

    /** The owner of the stock at a place; the brand for a place it cannot find (never a franchisee's by guess). */
    Owner ofPlace(UUID brandId, UUID placeId) {
        return Owner.of(brandId, places.find(brandId, placeId).map(PlaceRef::franchiseeId).orElse(null));
    }

    Owner sellerOf(OrderView order) {
        UUID brandId = order.brandId();
        if (order.channel() == OrderChannel.ONLINE) {
            return Owner.brand(brandId);
        }
        if (order.storeId() != null) {
            return ofPlace(brandId, order.storeId());
        }
        UUID guide = order.guideId() != null ? order.guideId() : order.staffId();
        Optional<Actor> actor = guide == null ? Optional.empty()
                : staff.findEnabled(guide).map(StaffDirectory.CurrentAccount::actor)
                        .filter(a -> a.tenantId().equals(brandId));
        return actor.map(a -> ofScope(brandId, a)).orElse(Owner.brand(brandId));
    }

    private Owner ofScope(UUID brandId, Actor actor) {
        if (actor.scopeType() == ScopeType.FRANCHISEE) {
            return Owner.of(brandId, actor.scopeId());
        }
        if (actor.scopeType() == ScopeType.STORE) {
            return ofPlace(brandId, actor.scopeId());
        }
        return Owner.brand(brandId);
    }
}
