package io.oneshelf.order.sale;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An order: what was bought at which prices (and which rule gave which discount), where it is fulfilled from, and where it is in its life. Guards its
 * own transitions ({@link OrderStatus#TRANSITIONS}); each one answers the changed order, which the repository
 * saves with the step that made it.
 */
record Order(UUID id, UUID brandId, String number, OrderChannel channel, Fulfilment fulfilment, OrderStatus status,
             UUID customerId, UUID storeId, UUID guideId, UUID staffId, List<OrderView.Line> lines, long goodsAmount,
             long discountAmount, long shippingFee, long total, long paid, long refunded, PlaceOrder.Address address,
             OrderView.Plan plan, String note, OffsetDateTime expiresAt, int version, OffsetDateTime createdAt,
             OffsetDateTime updatedAt, List<OrderView.Discount> discounts) {

    Order {
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
    }

    /** The reference its stock hold, stock postings and payments carry. */
    String reference() {
        return reference(id);
    }

    static String reference(UUID orderId) {
        return "order:" + orderId;
    }

    /** Paid in full once the money the payment ledger holds covers the total. */
    Order paid(long paidNow) {
        OrderStatus.TRANSITIONS.check(status, OrderStatus.PAID);
        return with(OrderStatus.PAID, paidNow, refunded);
    }

    Order completed() {
        OrderStatus.TRANSITIONS.check(status, OrderStatus.COMPLETED);
        return with(OrderStatus.COMPLETED, paid, refunded);
    }

    /** A step of fulfilment: fulfilling, ready for pickup, shipped, completed. */
    Order advanced(OrderStatus next) {
        OrderStatus.TRANSITIONS.check(status, next);
        return with(next, paid, refunded);
    }

    Order cancelled() {
        OrderStatus.TRANSITIONS.check(status, OrderStatus.CANCELLED);
        return with(OrderStatus.CANCELLED, paid, refunded);
    }

    /** The same status with the payment ledger's latest figures. */
    Order money(long paidNow, long refundedNow) {
        return with(status, paidNow, refundedNow);
    }

    /** The same order with its lines, read apart from it. */
    Order withLines(List<OrderView.Line> read) {
        return new Order(id, brandId, number, channel, fulfilment, status, customerId, storeId, guideId, staffId,
                List.copyOf(read), goodsAmount, discountAmount, shippingFee, total, paid, refunded, address, plan,
                note, expiresAt, version, createdAt, updatedAt, discounts);
    }

    List<UUID> placeIds() {
        return plan.shipments().stream().map(OrderView.Shipment::placeId).distinct().toList();
    }

    private Order with(OrderStatus next, long paidNow, long refundedNow) {
        return new Order(id, brandId, number, channel, fulfilment, next, customerId, storeId, guideId, staffId, lines,
                goodsAmount, discountAmount, shippingFee, total, paidNow, refundedNow, address, plan, note, expiresAt,
                version, createdAt, updatedAt, discounts);
    }
}
