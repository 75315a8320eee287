package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.OutOfStock;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.StockAdjusted;
import io.oneshelf.inventory.StockReceived;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives and adjusts stock at the places within the caller's scope; the ledger row is the audit trail. */
@Service
class StockService {

    private final StockPlaces places;
    private final StockLedger ledger;
    private final Balances balances;
    private final ApplicationEventPublisher events;

    StockService(StockPlaces places, StockLedger ledger, Balances balances, ApplicationEventPublisher events) {
        this.events = events;
        this.places = places;
        this.ledger = ledger;
        this.balances = balances;
    }

    /** Stock arriving at a place; {@code reference} (the supplier's delivery note …) may be blank. */
    record Receipt(UUID skuId, UUID locationId, long quantity, String reference) {
    }

    /**
     * A signed change of on-hand stock found by counting, breakage, loss …; {@code reason} says which, and
     * {@code correctsId} names the movement it corrects, if any.
     */
    record Adjustment(UUID skuId, UUID locationId, long quantity, String reason, UUID correctsId) {
    }

    @Transactional
    StockMovement receive(Actor actor, Receipt r) {
        SkuRef sku = places.sku(actor, r.skuId(), "skuId");
        places.within(actor, r.locationId(), "locationId");
        String reference = blankToNull(r.reference());
        UUID id = ledger.post(Posting.receipt(actor, r.skuId(), r.locationId(), r.quantity(), reference))
                .orElseThrow(() -> new IllegalStateException("a receipt cannot break a balance"));
        events.publishEvent(new StockReceived(actor.tenantId(), id, sku.id(), sku.code(), r.locationId(),
                r.quantity(), reference));
        return balances.movement(actor.tenantId(), id);
    }

    @Transactional
    StockMovement adjust(Actor actor, Adjustment a) {
        if (a.quantity() == 0) {
            throw Rejection.invalid("quantity", "inventory.adjust.zero");
        }
        SkuRef sku = places.sku(actor, a.skuId(), "skuId");
        places.within(actor, a.locationId(), "locationId");
        if (a.correctsId() != null) {
            StockMovement corrected = balances.movement(actor.tenantId(), a.correctsId());
            if (corrected == null || !corrected.skuId().equals(a.skuId())
                || !corrected.locationId().equals(a.locationId())) {
                throw Rejection.invalid("correctsId", "inventory.adjust.not-corrected");
            }
        }
        Posting posting = Posting.adjustment(actor, a.skuId(), a.locationId(), a.quantity(), a.reason().trim(),
                a.correctsId());
        UUID id = ledger.post(posting).orElseThrow(() -> refused(actor, a));
        events.publishEvent(new StockAdjusted(actor.tenantId(), id, sku.id(), sku.code(), a.locationId(),
                a.quantity(), posting.reason(), a.correctsId()));
        return balances.movement(actor.tenantId(), id);
    }

    /** Why the ledger refused: stock would go below zero, or below what is reserved; with the actual numbers. */
    private OutOfStock refused(Actor actor, Adjustment a) {
        StockLedger.Held held = ledger.held(actor.tenantId(), a.skuId(), a.locationId());
        Message message = Message.of(held.onHand() + a.quantity() < 0 ? "inventory.adjust.negative"
                : "inventory.adjust.below-reserved", a.quantity(), held.onHand(), held.reserved());
        return new OutOfStock(a.skuId(), a.locationId(), Math.max(0, held.onHand() - held.reserved()), "quantity",
                message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
