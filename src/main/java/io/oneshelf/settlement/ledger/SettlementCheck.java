package io.oneshelf.settlement.ledger;

import io.oneshelf.platform.Period;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves that the ledger tells what the orders say, in one snapshot: for every line of each order with entries
 * in the period (or of the one order named, entries or not), the sum of its entries is what it owes now — no
 * line settled twice, none left out, none reversed beyond what was charged. A healthy brand has no differences;
 * an order changed a moment ago may show one until its event has been handled.
 */
@Service
class SettlementCheck {

    private final SettlementLedger ledger;
    private final SettlementSync sync;
    private final Orders orders;
    private final TransactionTemplate snapshot;

    SettlementCheck(SettlementLedger ledger, SettlementSync sync, Orders orders,
                    PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.sync = sync;
        this.orders = orders;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    SettlementViews.Reconciliation check(View view, Period period, UUID orderId) {
        return snapshot.execute(tx -> {
            OffsetDateTime at = OffsetDateTime.now();
            List<UUID> ids = orderId != null && view.whole() ? List.of(orderId)
                    : ledger.orders(view, period, orderId);
            List<SettlementViews.Difference> differences = new ArrayList<>();
            int checked = 0;
            for (UUID id : ids) {
                OrderView order = orders.find(view.tenantId(), id).orElse(null);
                if (order == null) {
                    continue;
                }
                checked++;
                for (SettlementSync.Difference d : sync.differences(order, orders.returns(view.tenantId(), id),
                        ledger.books(view.tenantId(), id))) {
                    differences.add(new SettlementViews.Difference(id, order.number(), d.line().index(),
                            d.due().quantity(), d.recorded().quantity(), d.due().amount(), d.recorded().amount()));
                }
            }
            return new SettlementViews.Reconciliation(orderId == null ? period.from() : null,
                    orderId == null ? period.to() : null, orderId, checked, at, List.copyOf(differences));
        });
    }
}
