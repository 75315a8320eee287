package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.OrderTestAccess;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.order.routing.RouteLine;
import io.oneshelf.order.routing.RoutingPlan;
import io.oneshelf.order.routing.Shipment;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderLinesTest {

    private static final UUID WAREHOUSE = UUID.randomUUID();
    private static final UUID STORE = UUID.randomUUID();

    @Test
    void a_line_routed_whole_to_one_place_stays_one_line() {
        PricedLine tea = line(0, 3, 1200);
        RoutingPlan plan = plan(new Shipment(WAREHOUSE, "W1", "Warehouse", PlaceRef.Kind.WAREHOUSE, null, null,
                List.of(new RouteLine(0, tea.sku().id(), 3))));

        List<OrderView.Line> lines = OrderLines.of(basket(tea), plan);

        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(3);
            assertThat(l.amount()).isEqualTo(3600);
            assertThat(l.placeId()).isEqualTo(WAREHOUSE);
        });
        assertThat(OrderLines.plan(plan, lines).shipments()).singleElement()
                .satisfies(s -> assertThat(s.lineIndexes()).containsExactly(0));
    }

    @Test
    void a_line_split_over_two_places_keeps_its_money_to_the_fen() {
        PricedLine tea = line(0, 3, 1000);
        OrderTestAccess.discount(tea, 100);
        RoutingPlan plan = plan(
                new Shipment(WAREHOUSE, "W1", "Warehouse", PlaceRef.Kind.WAREHOUSE, null, null,
                        List.of(new RouteLine(0, tea.sku().id(), 1))),
                new Shipment(STORE, "S1", "Store", PlaceRef.Kind.STORE, null, 1.5,
                        List.of(new RouteLine(0, tea.sku().id(), 2))));
        Checkout basket = basket(tea);

        List<OrderView.Line> lines = OrderLines.of(basket, plan);

        assertThat(lines).extracting(OrderView.Line::quantity).containsExactly(1L, 2L);
        assertThat(lines).extracting(OrderView.Line::placeId).containsExactly(WAREHOUSE, STORE);
        assertThat(lines.stream().mapToLong(OrderView.Line::amount).sum()).isEqualTo(basket.goodsAmount());
        assertThat(lines.stream().mapToLong(OrderView.Line::discount).sum()).isEqualTo(100);
        assertThat(lines).extracting(OrderView.Line::discount).containsExactly(33L, 67L);
        assertThat(OrderLines.plan(plan, lines).shipments()).extracting(OrderView.Shipment::lineIndexes)
                .containsExactly(List.of(0), List.of(1));
    }

    private static PricedLine line(int index, long quantity, long unitPrice) {
        PricedLine line = new PricedLine(index, new SkuRef(UUID.randomUUID(), UUID.randomUUID(), "TEA-" + index,
                "Large", true, "Pearl milk tea", Map.of("size", "L")), quantity);
        OrderTestAccess.price(line, unitPrice);
        return line;
    }

    private static Checkout basket(PricedLine... lines) {
        return new Checkout(UUID.randomUUID(), OrderChannel.ONLINE, Fulfilment.EXPRESS, null, null, null, Instant.now(),
                List.of(lines));
    }

    private static RoutingPlan plan(Shipment... shipments) {
        return new RoutingPlan(Fulfilment.EXPRESS, List.of(shipments), List.of(Message.of("x")));
    }
}
