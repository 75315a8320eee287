package io.oneshelf.inventory.replenishment;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.inventory.SkuLines;
import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Line;
import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Quantity;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.inventory.transfer.TransferService;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits, approves, rejects and cancels replenishment orders. The aggregate decides each transition; this service
 * checks scope, turns an approval into a transfer through {@link TransferService} and audits, all in the request's
 * transaction.
 */
@Service
class ReplenishmentService {

    private static final String ENTITY = "replenishment_order";

    private final ReplenishmentOrders orders;
    private final TransferService transfers;
    private final StockPlaces places;
    private final SkuCatalog skus;
    private final AuditLog audit;

    ReplenishmentService(ReplenishmentOrders orders, TransferService transfers, StockPlaces places, SkuCatalog skus,
                         AuditLog audit) {
        this.orders = orders;
        this.transfers = transfers;
        this.places = places;
        this.skus = skus;
        this.audit = audit;
    }

    /** Stock a store asks for; {@code warehouseId} proposes the supplier and may be null. */
    record SubmitOrder(UUID storeId, UUID warehouseId, String note, List<SkuLines.Line> lines) {
    }

    /**
     * HQ's approval: from {@code warehouseId} (null: the one the store proposed), with {@code lines} changing
     * the quantities of some lines (0 drops a line).
     */
    record ApproveOrder(UUID warehouseId, List<Quantity> lines) {
    }

    @Transactional
    ReplenishmentOrderView submit(Actor actor, SubmitOrder s) {
        if (places.within(actor, s.storeId(), "storeId").kind() != PlaceRef.Kind.STORE) {
            throw Rejection.invalid("storeId", "org.store.foreign");
        }
        if (s.warehouseId() != null) {
            warehouse(actor, s.warehouseId());
        }
        SkuLines lines = SkuLines.of(skus, actor.tenantId(), s.lines());
        UUID id = Ids.next();
        String note = s.note() == null || s.note().isBlank() ? null : s.note().trim();
        ReplenishmentOrder fresh = new ReplenishmentOrder(id, actor.tenantId(),
                "RO-" + id.toString().substring(24).toUpperCase(), s.storeId(), s.warehouseId(),
                ReplenishmentStatus.SUBMITTED, note,
                lines.lines().stream().map(l -> new Line(l.skuId(), l.quantity(), null)).toList(), null, null, null,
                actor.name(), null, 0, null, null, null);
        orders.insert(fresh, actor);
        ReplenishmentOrderView created = ReplenishmentOrderView.of(orders.find(actor.tenantId(), id).orElseThrow());
        audit.record(actor, "replenishment.submitted", ENTITY, id, null, created);
        return created;
    }

    ReplenishmentOrderView get(Actor actor, UUID id) {
        Set<UUID> visible = places.visible(actor).keySet();
        return orders.find(actor.tenantId(), id).filter(o -> visible.contains(o.storeId()))
                .map(this::withTransfer).orElseThrow(() -> Rejection.notFound("replenishment-order"));
    }

    List<ReplenishmentOrderView> list(Actor actor, ReplenishmentStatus status, UUID store, UUID after, int limit) {
        return orders.list(actor.tenantId(), StockPlaces.ids(places.visible(actor)), status, store, after, limit)
                .stream().map(this::withTransfer).toList();
    }

    /** Approves from the chosen warehouse and creates the transfer that carries the approved quantities. */
    @Transactional
    ReplenishmentOrderView approve(Actor actor, UUID id, ApproveOrder a) {
        ReplenishmentOrder before = locked(actor, id);
        UUID warehouse = a.warehouseId() != null ? a.warehouseId() : before.warehouseId();
        if (warehouse == null) {
            throw Rejection.invalid("warehouseId", "inventory.replenishment.no-warehouse");
        }
        warehouse(actor, warehouse);
        ReplenishmentOrder approved = before.approve(warehouse, a.lines() == null ? List.of() : a.lines(),
                actor.name());
        UUID transfer = transfers.requestFor(actor, warehouse, before.storeId(), before.reference(),
                "Replenishment order " + before.reference(), approved.toShip());
        return save(actor, "replenishment.approved", before, approved.shippedAs(transfer));
    }

    @Transactional
    ReplenishmentOrderView reject(Actor actor, UUID id, String reason) {
        ReplenishmentOrder before = locked(actor, id);
        return save(actor, "replenishment.rejected", before, before.reject(reason.trim(), actor.name()));
    }

    @Transactional
    ReplenishmentOrderView cancel(Actor actor, UUID id) {
        ReplenishmentOrder before = locked(actor, id);
        return save(actor, "replenishment.cancelled", before, before.cancel());
    }

    private ReplenishmentOrderView save(Actor actor, String action, ReplenishmentOrder before,
                                        ReplenishmentOrder after) {
        orders.update(after);
        ReplenishmentOrderView saved = withTransfer(orders.find(actor.tenantId(), after.id()).orElseThrow());
        audit.record(actor, action, ENTITY, saved.id(), ReplenishmentOrderView.of(before), saved);
        return saved;
    }

    private ReplenishmentOrderView withTransfer(ReplenishmentOrder o) {
        return ReplenishmentOrderView.of(o.transferId() == null ? o
                : o.withTransferStatus(transfers.statusOf(o.tenantId(), o.transferId()).orElse(null)));
    }

    /** The order, locked; not found unless the caller's scope reaches its store. */
    private ReplenishmentOrder locked(Actor actor, UUID id) {
        Set<UUID> visible = places.visible(actor).keySet();
        return orders.lock(actor.tenantId(), id).filter(o -> visible.contains(o.storeId()))
                .orElseThrow(() -> Rejection.notFound("replenishment-order"));
    }

    private void warehouse(Actor actor, UUID warehouseId) {
        PlaceRef place = places.all(actor).get(warehouseId);
        if (place == null || place.kind() != PlaceRef.Kind.WAREHOUSE) {
            throw Rejection.invalid("warehouseId", "org.warehouse.foreign");
        }
    }
}
