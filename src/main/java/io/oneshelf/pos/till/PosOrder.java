package io.oneshelf.pos.till;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.web.Texts;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A till sale's order in the JSON of {@code GET /api/v1/orders/{id}} (the order module keeps its own answer
 * private): the same fields, with the till's store and the cashier by name; {@code guideName} and
 * {@code customer} are left null here (the order's own endpoint tells them).
 */
@Schema(name = "PosOrder")
record PosOrder(UUID id, String number, OrderChannel channel, Fulfilment fulfilment, OrderStatus status,
                UUID customerId, UUID storeId, UUID guideId, UUID staffId, List<OrderView.Line> lines,
                long goodsAmount, long discountAmount, long shippingFee, long total, long paid, long refunded,
                long outstanding, PlaceOrder.Address address, List<OrderView.Shipment> shipments,
                List<String> routing, String note, OffsetDateTime expiresAt, OffsetDateTime createdAt,
                OffsetDateTime updatedAt, List<OrderView.Step> timeline, int version, String storeName,
                String staffName, String guideName, Object customer, OrderView.Booking booking,
                List<OrderView.Discount> discounts) {

    static PosOrder of(OrderView o, Texts texts, String storeName, String staffName) {
        return new PosOrder(o.id(), o.number(), o.channel(), o.fulfilment(), o.status(), o.customerId(),
                o.storeId(), o.guideId(), o.staffId(), o.lines(), o.goodsAmount(), o.discountAmount(),
                o.shippingFee(), o.total(), o.paid(), o.refunded(), o.outstanding(), o.address(),
                o.plan().shipments(), o.plan().explanation().stream().map(texts::text).toList(), o.note(),
                o.expiresAt(), o.createdAt(), o.updatedAt(), o.timeline(), o.version(), storeName, staffName, null,
                null, o.booking(), o.discounts());
    }
}
