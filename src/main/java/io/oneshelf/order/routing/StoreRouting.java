package io.oneshelf.order.routing;

import io.oneshelf.inventory.Availability.PlaceAvailability;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * PICKUP and IN_STORE: the one store named, never a split. A store that is not the brand's (or is a warehouse) or
 * is closed is invalid on {@code storeId}. Pickup, an online sale, also needs a store whose stock is shared with
 * online and follows the franchise rule; a till sale takes the store's stock that is not held, whoever owns it.
 */
final class StoreRouting {

    private StoreRouting() {
    }

    /** The store as the request names it: the brand's, a store, open. */
    static PlaceRef store(UUID storeId, Optional<PlaceRef> found) {
        if (storeId == null) {
            throw Rejection.invalid("storeId", "validation.required");
        }
        PlaceRef store = found.filter(p -> p.kind() == PlaceRef.Kind.STORE)
                .orElseThrow(() -> Rejection.invalid("storeId", "order.routing.store.unknown"));
        if (!store.open()) {
            throw Rejection.invalid("storeId", "order.routing.store.closed");
        }
        return store;
    }

    static RoutingPlan pickup(List<RouteLine> lines, PlaceAvailability at, Collection<UUID> skus, RoutingRule rule,
                              Destination destination) {
        return pickup(lines, at, skus, rule, destination, java.util.Set.of());
    }

    /**
     * A pickup whose SKUs in {@code madeToOrder} are made at the store for the order (decision 0035): they are
     * planned at the store without any stock of theirs, which does not exist before they are made.
     */
    static RoutingPlan pickup(List<RouteLine> lines, PlaceAvailability at, Collection<UUID> skus, RoutingRule rule,
                              Destination destination, java.util.Set<UUID> madeToOrder) {
        List<RouteLine> stocked = lines.stream().filter(l -> !madeToOrder.contains(l.skuId())).toList();
        if (!at.sharedWithOnline()) {
            throw Rejection.invalid("storeId", "order.routing.store.not-online");
        }
        if (at.place().franchised() && rule.franchiseStock() == FranchiseStockRule.NEVER) {
            throw Rejection.invalid("storeId", "order.routing.store.franchise-never");
        }
        Candidate store = Candidates.online(at, skus, rule, destination);
        if (store.limit() == Candidate.Limit.BUFFER) {
            Shortage.check(stocked, List.of(store), "order.routing.store.short-above-buffer", rule.franchiseBuffer());
        } else {
            Shortage.check(stocked, List.of(store), "order.routing.store.short");
        }
        return Plans.of(Fulfilment.PICKUP, List.of(store.ship(lines)),
                List.of(Message.of("order.routing.pickup", at.place().name())));
    }

    /** A voucher is sold from the chosen store's stock of the service as a pickup would be, and used there. */
    static RoutingPlan voucher(List<RouteLine> lines, PlaceAvailability at, Collection<UUID> skus, RoutingRule rule,
                               Destination destination) {
        RoutingPlan pickup = pickup(lines, at, skus, rule, destination);
        return Plans.of(Fulfilment.VOUCHER, pickup.shipments(),
                List.of(Message.of("order.routing.voucher", at.place().name())));
    }

    /** A till sale, from the store's stock that is not held; one sold already (offline) is not checked for stock. */
    static RoutingPlan inStore(List<RouteLine> lines, PlaceAvailability at, Collection<UUID> skus,
                               Destination destination, boolean soldAlready) {
        Candidate store = Candidates.till(at, skus, destination);
        if (!soldAlready) {
            Shortage.check(lines, List.of(store), "order.routing.store.short");
        }
        return Plans.of(Fulfilment.IN_STORE, List.of(store.ship(lines)),
                List.of(Message.of("order.routing.in-store", at.place().name())));
    }
}
