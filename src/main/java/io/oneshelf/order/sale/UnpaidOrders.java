package io.oneshelf.order.sale;

import io.oneshelf.order.CancelOrder;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancels orders left unpaid past their brand's time, releasing their stock. Safe with several server instances:
 * each batch claims its orders with {@code FOR UPDATE SKIP LOCKED} and cancels them in the same transaction, so
 * two instances never cancel the same order.
 */
@Component
class UnpaidOrders {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(UnpaidOrders.class);

    private final OrderRepository orders;
    private final OrderService service;
    private final TransactionTemplate tx;

    UnpaidOrders(OrderRepository orders, OrderService service, TransactionTemplate tx) {
        this.orders = orders;
        this.service = service;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${oneshelf.order.unpaid-sweep:PT15S}", initialDelayString = "PT15S")
    void sweep() {
        int total = 0;
        int batch;
        do {
            batch = cancelDue();
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            log.info("Cancelled {} unpaid orders", total);
        }
    }

    /** One batch; answers how many orders it cancelled. */
    int cancelDue() {
        Integer n = tx.execute(s -> {
            List<UUID[]> due = orders.claimExpired(BATCH);
            due.forEach(d -> service.cancelLocked(new CancelOrder(d[1], d[0], null, null,
                    CancelOrder.Reason.UNPAID, null)));
            return due.size();
        });
        return n == null ? 0 : n;
    }
}
