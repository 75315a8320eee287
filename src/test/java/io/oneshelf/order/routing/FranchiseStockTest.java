package io.oneshelf.order.routing;

import static io.oneshelf.order.routing.RoutingFixture.express;
import static io.oneshelf.order.routing.RoutingFixture.franchise;
import static io.oneshelf.order.routing.RoutingFixture.lines;
import static io.oneshelf.order.routing.RoutingFixture.pickup;
import static io.oneshelf.order.routing.RoutingFixture.router;
import static io.oneshelf.order.routing.RoutingFixture.sameCity;
import static io.oneshelf.order.routing.RoutingFixture.tillSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A franchisee's stock serves online orders never, above the brand's buffer, or always, as the brand rules. */
class FranchiseStockTest {

    private final Stockroom stockroom = new Stockroom();
    private final UUID franchisee = UUID.randomUUID();
    private final UUID tea = UUID.randomUUID();
    private final PlaceRef franchised = stockroom.franchisedStore("F1", 1, franchisee);
    private final PlaceRef ownStore = stockroom.store("S1", 3);

    @Test
    void never_passes_a_franchised_store_over_and_says_so() {
        stockroom.stock(franchised, tea, 100);
        stockroom.stock(ownStore, tea, 10);

        RoutingPlan plan = router(stockroom, franchise(FranchiseStockRule.NEVER, 0)).plan(express(lines(tea, 2)));

        assertThat(plan.shipments()).extracting(Shipment::placeId).containsExactly(ownStore.id());
        assertThat(plan.explanation()).contains(Message.of("order.routing.franchise.never", "STORE F1"));
    }

    @Test
    void never_leaves_an_order_only_a_franchisee_could_serve_out_of_stock() {
        stockroom.stock(franchised, tea, 100);

        LineRejected refused = catchThrowableOfType(LineRejected.class,
                () -> router(stockroom, franchise(FranchiseStockRule.NEVER, 0)).plan(express(lines(tea, 1))));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.OUT_OF_STOCK);
    }

    @Test
    void above_buffer_draws_only_on_what_exceeds_the_buffer() {
        stockroom.stock(franchised, tea, 8, 1, 0);
        stockroom.stock(ownStore, tea, 10);
        Router router = router(stockroom, franchise(FranchiseStockRule.ABOVE_BUFFER, 5));

        RoutingPlan fits = router.plan(express(lines(tea, 2)));
        RoutingPlan tooMany = router.plan(express(lines(tea, 3)));

        assertThat(fits.shipments()).singleElement().satisfies(s -> {
            assertThat(s.placeId()).isEqualTo(franchised.id());
            assertThat(s.ownerFranchiseeId()).isEqualTo(franchisee);
        });
        assertThat(fits.explanation()).endsWith(Message.of("order.routing.franchise.drawn", "STORE F1"));
        assertThat(tooMany.shipments()).extracting(Shipment::placeId).containsExactly(ownStore.id());
        assertThat(tooMany.explanation()).contains(Message.of("order.routing.franchise.buffer", "STORE F1", 5L));
    }

    @Test
    void above_buffer_stock_completes_a_split_and_the_parcel_says_whose_stock_it_is() {
        UUID cake = UUID.randomUUID();
        stockroom.stock(franchised, cake, 7);
        stockroom.stock(ownStore, tea, 10);

        RoutingPlan plan = router(stockroom, franchise(FranchiseStockRule.ABOVE_BUFFER, 5))
                .plan(express(lines(tea, 1, cake, 2)));

        assertThat(plan.shipments()).extracting(Shipment::placeId, Shipment::ownerFranchiseeId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(franchised.id(), franchisee),
                org.assertj.core.groups.Tuple.tuple(ownStore.id(), null));
    }

    @Test
    void always_draws_on_everything_a_franchised_store_has_available() {
        stockroom.stock(franchised, tea, 3, 0, 1);

        RoutingPlan plan = router(stockroom, franchise(FranchiseStockRule.ALWAYS, 5)).plan(sameCity(lines(tea, 2)));

        assertThat(plan.shipments()).extracting(Shipment::placeId, Shipment::ownerFranchiseeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(franchised.id(), franchisee));
    }

    @Test
    void pickup_at_a_franchised_store_follows_the_rule() {
        stockroom.stock(franchised, tea, 8);

        Rejection never = catchThrowableOfType(Rejection.class, () -> router(stockroom,
                franchise(FranchiseStockRule.NEVER, 0)).plan(pickup(franchised.id(), lines(tea, 1))));
        LineRejected aboveBuffer = catchThrowableOfType(LineRejected.class, () -> router(stockroom,
                franchise(FranchiseStockRule.ABOVE_BUFFER, 5)).plan(pickup(franchised.id(), lines(tea, 4))));
        RoutingPlan always = router(stockroom, franchise(FranchiseStockRule.ALWAYS, 5))
                .plan(pickup(franchised.id(), lines(tea, 8)));

        assertThat(never.faults()).extracting(Rejection.Fault::field).containsExactly("storeId");
        assertThat(aboveBuffer.faults()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("lines[0].quantity");
            assertThat(f.message()).isEqualTo(Message.of("order.routing.store.short-above-buffer", 3L, 5L));
        });
        assertThat(always.shipments()).extracting(Shipment::ownerFranchiseeId).containsExactly(franchisee);
    }

    @Test
    void a_till_sale_at_a_franchised_store_sells_its_own_stock_whatever_the_rule() {
        stockroom.stock(franchised, tea, 8);

        RoutingPlan plan = router(stockroom, franchise(FranchiseStockRule.NEVER, 0))
                .plan(tillSale(franchised.id(), lines(tea, 8)));

        assertThat(plan.shipments()).extracting(Shipment::placeId).isEqualTo(List.of(franchised.id()));
    }
}
