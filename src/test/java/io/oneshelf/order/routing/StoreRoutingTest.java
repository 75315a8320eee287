package io.oneshelf.order.routing;

import static io.oneshelf.order.routing.RoutingFixture.lines;
import static io.oneshelf.order.routing.RoutingFixture.pickup;
import static io.oneshelf.order.routing.RoutingFixture.router;
import static io.oneshelf.order.routing.RoutingFixture.rule;
import static io.oneshelf.order.routing.RoutingFixture.tillSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oneshelf.inventory.OutOfStock;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PICKUP and IN_STORE: the one store named, never split. */
class StoreRoutingTest {

    private final Stockroom stockroom = new Stockroom();
    private final UUID tea = UUID.randomUUID();
    private final UUID cake = UUID.randomUUID();
    private final Router router = router(stockroom, rule(RoutingPreference.PREFER_WAREHOUSE));

    @Test
    void pickup_is_at_the_chosen_store_even_when_a_warehouse_has_more() {
        PlaceRef store = stockroom.store("S1", 4);
        stockroom.stock(store, tea, 2);
        stockroom.stock(store, cake, 1);
        stockroom.stock(stockroom.warehouse("W1", 1), tea, 100);

        RoutingPlan plan = router.plan(pickup(store.id(), lines(tea, 2, cake, 1)));

        assertThat(plan.fulfilment()).isEqualTo(Fulfilment.PICKUP);
        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.placeId()).isEqualTo(store.id());
            assertThat(s.distanceKm()).isNull();
            assertThat(s.lines()).containsExactly(new RouteLine(0, tea, 2), new RouteLine(1, cake, 1));
        });
        assertThat(plan.explanation()).containsExactly(Message.of("order.routing.pickup", "STORE S1"));
    }

    @Test
    void pickup_at_a_store_short_of_a_line_is_out_of_stock_on_that_line() {
        PlaceRef store = stockroom.store("S1", 4);
        stockroom.stock(store, tea, 5);
        stockroom.stock(store, cake, 3, 1, 1);

        LineRejected refused = catchThrowableOfType(LineRejected.class,
                () -> router.plan(pickup(store.id(), lines(tea, 1, cake, 2))));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.OUT_OF_STOCK);
        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("lines[1].quantity");
        assertThat(refused.reason()).isInstanceOfSatisfying(OutOfStock.class, o -> {
            assertThat(o.locationId()).isEqualTo(store.id());
            assertThat(o.available()).isEqualTo(1);
        });
    }

    @Test
    void pickup_needs_an_open_store_of_the_brand_whose_stock_is_sold_online() {
        PlaceRef closed = stockroom.closedStore("S1", 1);
        PlaceRef warehouse = stockroom.warehouse("W1", 1);
        PlaceRef offline = stockroom.store("S2", 1);
        stockroom.notShared(offline);
        for (PlaceRef place : new PlaceRef[] {closed, warehouse, offline}) {
            stockroom.stock(place, tea, 10);
        }

        assertThat(refusal(pickup(closed.id(), lines(tea, 1)))).isEqualTo(Message.of("order.routing.store.closed"));
        assertThat(refusal(pickup(warehouse.id(), lines(tea, 1)))).isEqualTo(Message.of("order.routing.store.unknown"));
        assertThat(refusal(pickup(UUID.randomUUID(), lines(tea, 1))))
                .isEqualTo(Message.of("order.routing.store.unknown"));
        assertThat(refusal(pickup(offline.id(), lines(tea, 1))))
                .isEqualTo(Message.of("order.routing.store.not-online"));
        assertThat(refusal(pickup(null, lines(tea, 1)))).isEqualTo(Message.of("validation.required"));
    }

    @Test
    void a_store_of_another_brand_is_not_found() {
        PlaceRef store = stockroom.store("S1", 1);
        stockroom.stock(store, tea, 10);

        Rejection refused = catchThrowableOfType(Rejection.class, () -> router.plan(new RouteRequest(UUID.randomUUID(),
                Fulfilment.PICKUP, lines(tea, 1), store.id(), null)));

        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("storeId");
    }

    @Test
    void a_till_sale_takes_the_tills_store_whatever_its_online_setting_and_may_sell_its_safety_stock() {
        PlaceRef store = stockroom.store("S1", 1);
        stockroom.notShared(store);
        stockroom.stock(store, tea, 5, 2, 3);

        RoutingPlan plan = router.plan(tillSale(store.id(), lines(tea, 3)));
        LineRejected tooMany = catchThrowableOfType(LineRejected.class,
                () -> router.plan(tillSale(store.id(), lines(tea, 4))));

        assertThat(stockroom.lastOnlineOnly).isFalse();
        assertThat(plan.fulfilment()).isEqualTo(Fulfilment.IN_STORE);
        assertThat(plan.shipments()).extracting(Shipment::placeId).containsExactly(store.id());
        assertThat(plan.explanation()).containsExactly(Message.of("order.routing.in-store", "STORE S1"));
        assertThat(tooMany.faults()).extracting(Rejection.Fault::field).containsExactly("lines[0].quantity");
    }

    @Test
    void a_till_sale_at_a_closed_store_is_refused() {
        PlaceRef closed = stockroom.closedStore("S1", 1);
        stockroom.stock(closed, tea, 5);

        assertThat(refusal(tillSale(closed.id(), lines(tea, 1)))).isEqualTo(Message.of("order.routing.store.closed"));
    }

    /** The message of the one fault, which must be on storeId. */
    private Message refusal(RouteRequest request) {
        Rejection refused = catchThrowableOfType(Rejection.class, () -> router.plan(request));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("storeId");
        return refused.faults().get(0).message();
    }
}
