package io.oneshelf.loyalty.points;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.payment.AccountTender;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders and tender moves as the points desk hears of them, for tests that drive the desk in process. */
final class PointsOrders {

    private PointsOrders() {
    }

    /** A till order of one line of {@code goods} fen for the customer, paid in full, {@code refunded} of it back. */
    static OrderView aPaidOrder(UUID brand, UUID customer, UUID id, long goods, long refunded) {
        OffsetDateTime now = OffsetDateTime.now();
        return new OrderView(id, brand, "N-" + id.toString().substring(0, 8), OrderChannel.POS, Fulfilment.IN_STORE,
                OrderStatus.COMPLETED, customer, null, null, null,
                List.of(new OrderView.Line(0, UUID.randomUUID(), "K", "Oolong", Map.of(), 1, goods, "LIST", goods, 0,
                        null)),
                goods, 0, 0, goods, goods, refunded, null, null, null, null, now, now, List.of(), 0);
    }

    /** A points tender of {@code fen} (a payment, or a refund part of {@code payment}) outside any order. */
    static AccountTender.Move aMove(UUID brand, UUID customer, UUID payment, UUID entry, long fen) {
        return new AccountTender.Move(brand, customer, "test:" + payment, payment, entry, fen, null);
    }
}
