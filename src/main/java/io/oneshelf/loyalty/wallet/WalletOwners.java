package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whose value and whose place: a store's owner is the franchisee that runs it, or the brand; online (no place) and
 * a place it cannot find, the brand (never a franchisee's by guess). Value topped up at a store is its owner's.
 */
@Component
class WalletOwners {

    private final Places places;

    WalletOwners(Places places) {
        this.places = places;
    }

    ValueOwner ofPlace(UUID brandId, UUID placeId) {
        if (placeId == null) {
            return ValueOwner.brand(brandId);
        }
        return ValueOwner.of(brandId, places.find(brandId, placeId).map(PlaceRef::franchiseeId).orElse(null));
    }
}
