package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.Scopes;
import io.oneshelf.platform.security.ScopeType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Owners and places by name for the wallet's answers. */
@Component
class WalletNames {

    private final Scopes scopes;
    private final Places places;

    WalletNames(Scopes scopes, Places places) {
        this.scopes = scopes;
        this.places = places;
    }

    /** A lookup for one answer: each owner and place read once. */
    Lookup of(UUID brandId) {
        return new Lookup(brandId);
    }

    final class Lookup {
        private final UUID brandId;
        private final Map<ValueOwner, WalletViews.OwnerView> owners = new HashMap<>();
        private final Map<UUID, String> placeNames = new HashMap<>();

        private Lookup(UUID brandId) {
            this.brandId = brandId;
        }

        WalletViews.OwnerView owner(ValueOwner owner) {
            return owners.computeIfAbsent(owner, o -> new WalletViews.OwnerView(o.kind(), o.id(),
                    scopes.resolve(brandId, o.kind() == ValueOwner.Kind.BRAND ? ScopeType.BRAND
                            : ScopeType.FRANCHISEE, o.id()).map(ScopeRef::name).orElse(null)));
        }

        String place(UUID placeId) {
            if (placeId == null) {
                return null;
            }
            return placeNames.computeIfAbsent(placeId, p -> places.find(brandId, p).map(PlaceRef::name).orElse(null));
        }
    }
}
