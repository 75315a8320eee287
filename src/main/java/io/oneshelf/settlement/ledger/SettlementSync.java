package io.oneshelf.settlement.ledger;

import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.platform.Ids;
import io.oneshelf.settlement.Owner;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings an order's settlement in step with the order as it stands: for each line fulfilled from another owner's
 * stock, what the ledger holds is compared with what is owed now ({@link LineDue}) and the difference appended as
 * one entry, with its event. Settling from the order's state rather than from the event makes it indifferent to
 * the order events arrive in and to events delivered twice: a second delivery finds nothing to add.
 */
@Service
class SettlementSync {

    private final Orders orders;
    private final Owners owners;
    private final SettlementLedger ledger;
    private final SettlementRules rules;
    private final ApplicationEventPublisher events;

    SettlementSync(Orders orders, Owners owners, SettlementLedger ledger, SettlementRules rules,
                   ApplicationEventPublisher events) {
        this.orders = orders;
        this.owners = owners;
        this.ledger = ledger;
        this.rules = rules;
        this.events = events;
    }

    /** Settles the order after {@code cause}; the entries it appended (none when the ledger was in step). */
    @Transactional
    List<SettlementEntry> sync(UUID brandId, UUID orderId, SettlementEntry.Cause cause, UUID causeId) {
        ledger.lock(orderId);
        OrderView order = orders.find(brandId, orderId).orElse(null);
        if (order == null) {
            return List.of();
        }
        List<SettlementEntry> appended = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Difference d : differences(order, orders.returns(brandId, orderId), ledger.books(brandId, orderId))) {
            SettlementEntry entry = d.entry(order, cause, causeId, now);
            ledger.append(entry);
            events.publishEvent(entry.event());
            appended.add(entry);
        }
        return appended;
    }

    /** What the order owes line by line and the ledger does not hold (or holds and is no longer owed). */
    List<Difference> differences(OrderView order, List<OrderReturn> returns, Map<Integer, LineBook> books) {
        Owner seller = null;
        int rate = 0;
        Map<UUID, Owner> stockOwners = new HashMap<>();
        List<Difference> differences = new ArrayList<>();
        for (OrderView.Line line : order.lines()) {
            LineBook book = books.get(line.index());
            if (book == null) {
                Owner stock = stockOwners.computeIfAbsent(line.placeId(), p -> owners.ofPlace(order.brandId(), p));
                seller = seller != null ? seller : owners.sellerOf(order);
                if (stock.equals(seller)) {
                    continue;
                }
                rate = rate != 0 ? rate : rules.of(order.brandId()).ratePercent();
                LineDue due = LineDue.of(order, line, returns, rate);
                if (!due.zero()) {
                    differences.add(new Difference(line, null, seller, stock, rate, due, LineDue.NOTHING));
                }
                continue;
            }
            LineDue due = LineDue.of(order, line, returns, book.ratePercent());
            if (!due.minus(book.recorded()).zero()) {
                differences.add(new Difference(line, book.firstId(), book.debtor(), book.creditor(),
                        book.ratePercent(), due, book.recorded()));
            }
        }
        return differences;
    }

    /** One line whose ledger entries do not add up to what it owes now. */
    record Difference(OrderView.Line line, UUID firstId, Owner debtor, Owner creditor, int ratePercent, LineDue due,
                      LineDue recorded) {

        SettlementEntry entry(OrderView order, SettlementEntry.Cause cause, UUID causeId, OffsetDateTime at) {
            LineDue delta = due.minus(recorded);
            boolean less = delta.quantity() < 0 || (delta.quantity() == 0 && delta.amount() < 0);
            SettlementEntry.Kind kind = less ? SettlementEntry.Kind.REVERSAL : SettlementEntry.Kind.OBLIGATION;
            return new SettlementEntry(Ids.next(), order.brandId(), kind, cause,
                    causeId, order.id(), order.number(), order.channel().name(), line.index(), line.skuId(),
                    line.skuCode(), line.placeId(), order.storeId(), debtor, creditor, delta.quantity(),
                    delta.base(), ratePercent, delta.amount(), firstId, at);
        }
    }
}
