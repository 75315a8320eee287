package io.oneshelf.order.routing;

import io.oneshelf.inventory.Availability;
import io.oneshelf.inventory.Availability.PlaceAvailability;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Routes an order: reads the brand's rule, the stock of the SKUs at the brand's places (one query) and, for a
 * named store, the store itself; the policies ({@link ExpressRouting}, {@link SameCityRouting},
 * {@link StoreRouting}) decide.
 */
@Component
class Router implements OrderRouter {

    /** Finds one of a brand's stores or warehouses, open or closed. */
    interface PlaceLookup {
        Optional<PlaceRef> find(UUID brandId, UUID placeId);
    }

    /** Who reads stock for routing: the brand itself, brand-wide; it reads and never changes anything. */
    private static final String READER = "order routing";

    private final Availability availability;
    private final PlaceLookup places;
    private final Function<UUID, RoutingRule> rules;

    @Autowired
    Router(Availability availability, Places places, RoutingRules rules) {
        this(availability, places::find, rules::of);
    }

    Router(Availability availability, PlaceLookup places, Function<UUID, RoutingRule> rules) {
        this.availability = availability;
        this.places = places;
        this.rules = rules;
    }

    @Override
    public RoutingPlan plan(RouteRequest request) {
        check(request);
        RoutingRule rule = rules.apply(request.brandId());
        List<RouteLine> lines = request.lines();
        Set<UUID> skus = lines.stream().map(RouteLine::skuId).collect(Collectors.toCollection(LinkedHashSet::new));
        Actor reader = reader(request.brandId());
        return switch (request.fulfilment()) {
            case EXPRESS -> ExpressRouting.plan(lines, online(reader, request, skus, rule), rule);
            case SAME_CITY -> SameCityRouting.plan(lines, online(reader, request, skus, rule), rule);
            case PICKUP -> StoreRouting.pickup(lines, atStore(reader, request, skus), skus, rule,
                    request.destination(), request.madeToOrder());
            case IN_STORE -> StoreRouting.inStore(lines, atStore(reader, request, skus), skus,
                    request.destination(), request.soldAlready());
            case VOUCHER -> StoreRouting.voucher(lines, atStore(reader, request, skus), skus, rule,
                    request.destination());
        };
    }

    private List<Candidate> online(Actor reader, RouteRequest request, Set<UUID> skus, RoutingRule rule) {
        if (request.destination() == null || !request.destination().located()) {
            throw Rejection.invalid("addressId", "order.routing.destination.missing");
        }
        return Candidates.online(availability.atPlaces(reader, skus, true), skus, rule, request.destination());
    }

    private PlaceAvailability atStore(Actor reader, RouteRequest request, Set<UUID> skus) {
        PlaceRef store = StoreRouting.store(request.storeId(),
                request.storeId() == null ? Optional.empty() : places.find(request.brandId(), request.storeId()));
        return availability.atPlaces(reader, skus, false).stream().filter(p -> p.place().id().equals(store.id()))
                .findFirst().orElseThrow(() -> Rejection.invalid("storeId", "order.routing.store.closed"));
    }

    private static void check(RouteRequest request) {
        if (request.brandId() == null) {
            throw new IllegalArgumentException("a route request names its brand");
        }
        if (request.fulfilment() == null) {
            throw Rejection.invalid("fulfilment", "validation.required");
        }
        if (request.lines() == null || request.lines().isEmpty()) {
            throw Rejection.invalid("lines", "validation.size.items.min", 1);
        }
        for (RouteLine line : request.lines()) {
            if (line.skuId() == null) {
                throw new LineRejected(line.index(), Rejection.invalid("skuId", "validation.required"));
            }
            if (line.quantity() < 1) {
                throw new LineRejected(line.index(), Rejection.invalid("quantity", "validation.min", 1));
            }
        }
    }

    /** A brand-wide reader of the brand's stock; there is no system actor, and routing is no one's request. */
    private static Actor reader(UUID brandId) {
        return new Actor(Actor.Kind.STAFF, new UUID(0, 0), brandId, READER, Role.HQ_ADMIN, ScopeType.BRAND, brandId);
    }
}
