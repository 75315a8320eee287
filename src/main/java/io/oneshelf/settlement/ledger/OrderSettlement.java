package io.oneshelf.settlement.ledger;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.order.OrderReturned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Settles orders as they change (decision 0032): the obligation arises when an order is paid (its held stock is
 * sold out of the owner's place), a completed return reverses the returned part, and a paid order cancelled
 * before fulfilment (its stock back where it came from) reverses the rest. Each runs after the order's commit,
 * in its own transaction, and is retried from the event publication registry if it fails.
 */
@Component
class OrderSettlement {

    private final SettlementSync sync;

    OrderSettlement(SettlementSync sync) {
        this.sync = sync;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        sync.sync(paid.brandId(), paid.orderId(), SettlementEntry.Cause.PAID, paid.orderId());
    }

    @ApplicationModuleListener
    void on(OrderReturned returned) {
        sync.sync(returned.brandId(), returned.orderId(), SettlementEntry.Cause.RETURNED, returned.returnId());
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        sync.sync(cancelled.brandId(), cancelled.orderId(), SettlementEntry.Cause.CANCELLED, cancelled.orderId());
    }
}
