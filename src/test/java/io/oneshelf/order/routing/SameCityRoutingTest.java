package io.oneshelf.order.routing;

import static io.oneshelf.order.routing.RoutingFixture.lines;
import static io.oneshelf.order.routing.RoutingFixture.router;
import static io.oneshelf.order.routing.RoutingFixture.sameCity;
import static io.oneshelf.order.routing.RoutingFixture.sameCityWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SAME_CITY: the nearest store within the brand's reach that has every item; never split, never a warehouse. */
class SameCityRoutingTest {

    private final Stockroom stockroom = new Stockroom();
    private final UUID tea = UUID.randomUUID();
    private final UUID cake = UUID.randomUUID();

    @Test
    void the_nearest_store_in_reach_with_every_item_delivers_and_nearer_stores_lacking_some_are_named() {
        PlaceRef nearest = stockroom.store("S1", 1.2);
        PlaceRef chosen = stockroom.store("S2", 2.3);
        PlaceRef farther = stockroom.store("S3", 3);
        stockroom.stock(nearest, tea, 5);
        stockroom.stock(chosen, tea, 5);
        stockroom.stock(chosen, cake, 5);
        stockroom.stock(farther, tea, 5);
        stockroom.stock(farther, cake, 5);

        RoutingPlan plan = router(stockroom, sameCityWithin("5.0")).plan(sameCity(lines(tea, 1, cake, 1)));

        assertThat(plan.fulfilment()).isEqualTo(Fulfilment.SAME_CITY);
        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.placeId()).isEqualTo(chosen.id());
            assertThat(s.distanceKm()).isEqualTo(2.3);
        });
        assertThat(plan.explanation()).containsExactly(Message.of("order.routing.rule.same-city", "5.0"),
                Message.of("order.routing.lacks.distance", Message.of("order.routing.place.store"), "STORE S1", "1.2"),
                Message.of("order.routing.same-city", "STORE S2", "2.3"));
    }

    @Test
    void a_store_beyond_the_brands_reach_never_delivers_and_with_none_in_reach_the_address_is_refused() {
        PlaceRef justOutside = stockroom.store("S1", 5.05);
        PlaceRef justInside = stockroom.store("S2", 4.95);
        stockroom.stock(justOutside, tea, 5);
        stockroom.stock(justInside, tea, 5);

        RoutingPlan inReach = router(stockroom, sameCityWithin("5.0")).plan(sameCity(lines(tea, 1)));
        Rejection noneInReach = catchThrowableOfType(Rejection.class,
                () -> router(stockroom, sameCityWithin("4.9")).plan(sameCity(lines(tea, 1))));

        assertThat(inReach.shipments()).extracting(Shipment::placeId).containsExactly(justInside.id());
        assertThat(noneInReach.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(noneInReach.faults()).extracting(Rejection.Fault::field).containsExactly("addressId");
        assertThat(noneInReach.faults().get(0).message()).isEqualTo(Message.of("order.routing.same-city.none", "4.9"));
    }

    @Test
    void warehouses_never_deliver_same_city() {
        stockroom.stock(stockroom.warehouse("W1", 1), tea, 100);

        Rejection refused = catchThrowableOfType(Rejection.class,
                () -> router(stockroom, sameCityWithin("5.0")).plan(sameCity(lines(tea, 1))));

        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("addressId");
    }

    @Test
    void items_in_stock_only_at_different_stores_are_not_split_but_refused_on_the_address() {
        PlaceRef teaShop = stockroom.store("S1", 1);
        PlaceRef cakeShop = stockroom.store("S2", 2);
        stockroom.stock(teaShop, tea, 5);
        stockroom.stock(cakeShop, cake, 5);

        Rejection refused = catchThrowableOfType(Rejection.class,
                () -> router(stockroom, sameCityWithin("5.0")).plan(sameCity(lines(tea, 1, cake, 1))));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.OUT_OF_STOCK);
        assertThat(refused.faults()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("addressId");
            assertThat(f.message()).isEqualTo(Message.of("order.routing.same-city.no-single", "5.0"));
        });
    }

    @Test
    void an_item_the_stores_in_reach_lack_together_is_out_of_stock_on_its_line() {
        PlaceRef near = stockroom.store("S1", 1);
        PlaceRef far = stockroom.store("S2", 8);
        stockroom.stock(near, tea, 5);
        stockroom.stock(near, cake, 1);
        stockroom.stock(far, cake, 50);

        LineRejected refused = catchThrowableOfType(LineRejected.class,
                () -> router(stockroom, sameCityWithin("5.0")).plan(sameCity(lines(tea, 1, cake, 2))));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.OUT_OF_STOCK);
        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("lines[1].quantity");
        assertThat(refused.faults().get(0).message())
                .isEqualTo(Message.of("order.routing.same-city.short", 1L, "5.0"));
    }

    @Test
    void stores_at_the_same_distance_are_taken_in_code_order() {
        PlaceRef b = stockroom.store("S-B", 2);
        PlaceRef a = stockroom.store("S-A", 2);
        stockroom.stock(a, tea, 5);
        stockroom.stock(b, tea, 5);

        RoutingPlan plan = router(stockroom, sameCityWithin("5.0")).plan(sameCity(lines(tea, 1)));

        assertThat(plan.shipments()).extracting(Shipment::placeId).containsExactly(a.id());
    }
}
