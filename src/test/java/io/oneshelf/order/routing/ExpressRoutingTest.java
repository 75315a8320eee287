package io.oneshelf.order.routing;

import static io.oneshelf.order.routing.RoutingFixture.codes;
import static io.oneshelf.order.routing.RoutingFixture.express;
import static io.oneshelf.order.routing.RoutingFixture.lines;
import static io.oneshelf.order.routing.RoutingFixture.router;
import static io.oneshelf.order.routing.RoutingFixture.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.oneshelf.inventory.OutOfStock;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** EXPRESS: one parcel by the brand's preference, else the fewest parcels a greedy split finds. */
class ExpressRoutingTest {

    private final Stockroom stockroom = new Stockroom();
    private final UUID tea = UUID.randomUUID();
    private final UUID cake = UUID.randomUUID();
    private final UUID mug = UUID.randomUUID();

    @Test
    void preferring_warehouses_ships_from_a_warehouse_with_everything_though_a_store_is_nearer() {
        PlaceRef nearStore = stockroom.store("S1", 1);
        PlaceRef farWarehouse = stockroom.warehouse("W1", 30);
        stockroom.stock(nearStore, tea, 10);
        stockroom.stock(farWarehouse, tea, 10);

        RoutingPlan plan = router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE)).plan(express(lines(tea, 2)));

        assertThat(plan.fulfilment()).isEqualTo(Fulfilment.EXPRESS);
        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.placeId()).isEqualTo(farWarehouse.id());
            assertThat(s.kind()).isEqualTo(PlaceRef.Kind.WAREHOUSE);
            assertThat(s.ownerFranchiseeId()).isNull();
            assertThat(s.distanceKm()).isEqualTo(30.0);
            assertThat(s.lines()).containsExactly(new RouteLine(0, tea, 2));
        });
        assertThat(plan.explanation()).containsExactly(Message.of("order.routing.rule.prefer-warehouse"),
                Message.of("order.routing.ships-from.distance", Message.of("order.routing.place.warehouse"),
                        "WAREHOUSE W1", "30.0"));
        assertThat(stockroom.lastOnlineOnly).isTrue();
    }

    @Test
    void preferring_stores_ships_from_the_nearest_store_with_everything_and_says_why_nearer_ones_were_passed_over() {
        PlaceRef nearest = stockroom.store("S1", 0.8);
        PlaceRef second = stockroom.store("S2", 2.3);
        PlaceRef third = stockroom.store("S3", 4);
        PlaceRef warehouse = stockroom.warehouse("W1", 10);
        stockroom.stock(nearest, tea, 1);
        stockroom.stock(second, tea, 5);
        stockroom.stock(third, tea, 5);
        stockroom.stock(warehouse, tea, 100);

        RoutingPlan plan = router(stockroom, rule(RoutingPreference.PREFER_STORES)).plan(express(lines(tea, 3)));

        assertThat(plan.shipments()).extracting(Shipment::placeId).containsExactly(second.id());
        assertThat(plan.explanation()).containsExactly(Message.of("order.routing.rule.prefer-stores"),
                Message.of("order.routing.lacks.distance", Message.of("order.routing.place.store"), "STORE S1", "0.8"),
                Message.of("order.routing.ships-from.distance", Message.of("order.routing.place.store"), "STORE S2",
                        "2.3"));
    }

    @Test
    void preferring_warehouses_falls_back_to_the_nearest_store_when_no_warehouse_has_everything() {
        PlaceRef warehouse = stockroom.warehouse("W1", 10);
        PlaceRef far = stockroom.store("S1", 9);
        PlaceRef near = stockroom.store("S2", 3);
        stockroom.stock(warehouse, tea, 100);
        stockroom.stock(far, tea, 5);
        stockroom.stock(far, cake, 5);
        stockroom.stock(near, tea, 5);
        stockroom.stock(near, cake, 5);

        RoutingPlan plan = router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE))
                .plan(express(lines(tea, 1, cake, 1)));

        assertThat(plan.shipments()).extracting(Shipment::placeId).containsExactly(near.id());
        assertThat(codes(plan)).containsExactly("order.routing.rule.prefer-warehouse", "order.routing.lacks.distance",
                "order.routing.ships-from.distance");
    }

    @Test
    void an_order_no_place_can_serve_alone_is_split_into_the_fewest_parcels_and_the_split_is_explained() {
        // W1 has tea and cake, S1 has mug only, S2 has cake and mug: W1 + S2 or W1 + S1 serve it in two
        PlaceRef warehouse = stockroom.warehouse("W1", 20);
        PlaceRef mugsOnly = stockroom.store("S1", 1);
        PlaceRef cakeAndMugs = stockroom.store("S2", 2);
        stockroom.stock(warehouse, tea, 10);
        stockroom.stock(warehouse, cake, 10);
        stockroom.stock(mugsOnly, mug, 10);
        stockroom.stock(cakeAndMugs, cake, 10);
        stockroom.stock(cakeAndMugs, mug, 10);

        RoutingPlan plan = router(stockroom, rule(RoutingPreference.PREFER_STORES))
                .plan(express(lines(tea, 1, cake, 2, mug, 3)));

        // S2 serves two lines whole and comes first in preference among those that do; W1 then takes the tea
        assertThat(plan.shipments()).extracting(Shipment::placeCode, Shipment::lines).containsExactly(
                tuple("S2", java.util.List.of(new RouteLine(1, cake, 2), new RouteLine(2, mug, 3))),
                tuple("W1", java.util.List.of(new RouteLine(0, tea, 1))));
        assertThat(plan.split()).isTrue();
        assertThat(plan.explanation()).containsExactly(Message.of("order.routing.rule.prefer-stores"),
                Message.of("order.routing.split", 2),
                Message.of("order.routing.parcel", 1, Message.of("order.routing.place.store"), "STORE S2", "2, 3"),
                Message.of("order.routing.parcel", 2, Message.of("order.routing.place.warehouse"), "WAREHOUSE W1",
                        "1"));
    }

    @Test
    void a_line_larger_than_any_place_has_is_taken_in_parts_from_places_already_shipping_first() {
        PlaceRef warehouse = stockroom.warehouse("W1", 20);
        PlaceRef small = stockroom.store("S1", 1);
        PlaceRef big = stockroom.store("S2", 2);
        stockroom.stock(warehouse, tea, 4);
        stockroom.stock(warehouse, cake, 1);
        stockroom.stock(small, tea, 1);
        stockroom.stock(big, tea, 3);

        RoutingPlan plan = router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE))
                .plan(express(lines(cake, 1, tea, 6)));

        assertThat(plan.shipments()).extracting(Shipment::placeCode, Shipment::lines).containsExactly(
                tuple("W1", java.util.List.of(new RouteLine(0, cake, 1), new RouteLine(1, tea, 4))),
                tuple("S2", java.util.List.of(new RouteLine(1, tea, 2))));
        assertThat(plan.explanation()).contains(
                Message.of("order.routing.parcel", 1, Message.of("order.routing.place.warehouse"), "WAREHOUSE W1",
                        "1, 2 (4/6)"),
                Message.of("order.routing.parcel", 2, Message.of("order.routing.place.store"), "STORE S2", "2 (2/6)"));
    }

    @Test
    void places_alike_but_for_their_code_are_taken_in_code_order_alone_and_in_a_split() {
        PlaceRef b = stockroom.warehouse("W-B", 5);
        PlaceRef a = stockroom.warehouse("W-A", 5);
        stockroom.stock(a, tea, 5);
        stockroom.stock(b, tea, 5);
        stockroom.stock(a, cake, 1);
        stockroom.stock(b, mug, 1);
        Router router = router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE));

        RoutingPlan alone = router.plan(express(lines(tea, 5)));
        RoutingPlan split = router.plan(express(lines(tea, 1, cake, 1, mug, 1)));

        assertThat(alone.shipments()).extracting(Shipment::placeId).containsExactly(a.id());
        assertThat(split.shipments()).extracting(Shipment::placeId).containsExactly(a.id(), b.id());
        assertThat(split.shipments().get(0).lines()).extracting(RouteLine::index).containsExactly(0, 1);
    }

    @Test
    void a_line_all_places_together_cannot_serve_is_out_of_stock_on_its_quantity() {
        PlaceRef warehouse = stockroom.warehouse("W1", 20);
        PlaceRef store = stockroom.store("S1", 1);
        stockroom.stock(warehouse, tea, 10);
        stockroom.stock(warehouse, cake, 2);
        stockroom.stock(store, cake, 1, 0, 0);

        LineRejected refused = catchThrowableOfType(LineRejected.class,
                () -> router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE)).plan(express(lines(tea, 1, cake, 4))));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.OUT_OF_STOCK);
        assertThat(refused.index()).isEqualTo(1);
        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("lines[1].quantity");
        assertThat(refused.reason()).isInstanceOfSatisfying(OutOfStock.class, o -> {
            assertThat(o.skuId()).isEqualTo(cake);
            assertThat(o.available()).isEqualTo(3);
        });
    }

    @Test
    void held_and_safety_stock_are_not_available_to_online_orders() {
        PlaceRef warehouse = stockroom.warehouse("W1", 20);
        stockroom.stock(warehouse, tea, 10, 6, 2);

        Router router = router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE));

        assertThat(router.plan(express(lines(tea, 2))).shipments()).hasSize(1);
        assertThat(catchThrowableOfType(LineRejected.class, () -> router.plan(express(lines(tea, 3)))).kind())
                .isEqualTo(Rejection.Kind.OUT_OF_STOCK);
    }

    @Test
    void places_not_shared_with_online_are_not_drawn_on() {
        PlaceRef warehouse = stockroom.warehouse("W1", 20);
        PlaceRef store = stockroom.store("S1", 1);
        stockroom.stock(warehouse, tea, 1);
        stockroom.stock(store, tea, 50);
        stockroom.notShared(store);

        assertThat(catchThrowableOfType(LineRejected.class,
                () -> router(stockroom, rule(RoutingPreference.PREFER_STORES)).plan(express(lines(tea, 2)))).kind())
                .isEqualTo(Rejection.Kind.OUT_OF_STOCK);
    }

    @Test
    void a_delivery_without_coordinates_is_refused_on_the_address() {
        stockroom.stock(stockroom.warehouse("W1", 20), tea, 10);
        Router router = router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE));

        for (Destination nowhere : new Destination[] {null, new Destination(null, null)}) {
            Rejection refused = catchThrowableOfType(Rejection.class, () -> router.plan(new RouteRequest(
                    Stockroom.BRAND, Fulfilment.EXPRESS, lines(tea, 1), null, nowhere)));
            assertThat(refused.kind()).isEqualTo(Rejection.Kind.INVALID);
            assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("addressId");
        }
    }

    @Test
    void lines_without_a_quantity_or_no_lines_at_all_are_refused() {
        Router router = router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE));

        assertThat(catchThrowableOfType(Rejection.class, () -> router.plan(express(lines(tea, 1, cake, 0))))
                .faults()).extracting(Rejection.Fault::field).containsExactly("lines[1].quantity");
        assertThat(catchThrowableOfType(Rejection.class, () -> router.plan(express(lines()))).faults())
                .extracting(Rejection.Fault::field).containsExactly("lines");
    }
}
