package io.oneshelf.order.sale;

import io.oneshelf.order.CancelOrder;
import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderCompleted;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderPlaced;
import io.oneshelf.order.OrderRefunded;
import io.oneshelf.order.OrderReleased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes an order's facts in the transaction that made them true (the outbox stores them with it). */
@Component
class OrderEvents {

    private final ApplicationEventPublisher publisher;

    OrderEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void placed(Order o) {
        publisher.publishEvent(new OrderPlaced(o.brandId(), o.id(), o.number(), o.channel(), o.fulfilment().name(),
                o.customerId(), o.storeId(), o.guideId(), o.lines().stream()
                .map(l -> new OrderPlaced.EventLine(l.skuId(), l.quantity(), l.unitPrice(), l.payable(), l.placeId()))
                .toList(), o.total(), o.placeIds(), o.createdAt()));
    }

    void paid(Order o) {
        publisher.publishEvent(new OrderPaid(o.brandId(), o.id(), o.number(), o.channel(), o.customerId(),
                o.storeId(), o.guideId(), o.total(), o.paid(), o.placeIds()));
    }

    void completed(Order o) {
        publisher.publishEvent(new OrderCompleted(o.brandId(), o.id(), o.number(), o.channel(), o.total(),
                o.placeIds()));
    }

    void refunded(Order o, long amount) {
        publisher.publishEvent(new OrderRefunded(o.brandId(), o.id(), o.number(), amount, o.refunded(),
                o.placeIds()));
    }

    void released(Order o, String reason) {
        publisher.publishEvent(new OrderReleased(o.brandId(), o.id(), o.number(), o.status(), reason,
                o.placeIds()));
    }

    void cancelled(Order o, CancelOrder.Reason reason, long refunded) {
        publisher.publishEvent(new OrderCancelled(o.brandId(), o.id(), o.number(), reason, refunded, o.placeIds()));
    }
}
