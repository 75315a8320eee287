package io.oneshelf.inventory.replenishment;

import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Line;
import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Quantity;
import io.oneshelf.inventory.replenishment.ReplenishmentRequests.Approve;
import io.oneshelf.inventory.replenishment.ReplenishmentRequests.Submit;
import io.oneshelf.inventory.stock.StockPlaces;
import io.oneshelf.inventory.transfer.TransferService;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.ApiProblem;
import java.util.ArrayList;
import java.util.HashSet;
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
    private final AuditLog audit;

    ReplenishmentService(ReplenishmentOrders orders, TransferService transfers, StockPlaces places, AuditLog audit) {
        this.orders = orders;
        this.transfers = transfers;
        this.places = places;
        this.audit = audit;
    }

    @Transactional
    ReplenishmentOrder submit(Actor actor, Submit s) {
        if (places.within(actor, s.storeId(), "storeId").kind() != PlaceRef.Kind.STORE) {
            throw ApiProblem.invalid("storeId", "org.store.foreign");
        }
        if (s.warehouseId() != null) {
            warehouse(actor, s.warehouseId());
        }
        UUID id = Ids.next();
        String note = s.note() == null || s.note().isBlank() ? null : s.note().trim();
        ReplenishmentOrder fresh = new ReplenishmentOrder(id, actor.tenantId(),
                "RO-" + id.toString().substring(24).toUpperCase(), s.storeId(), s.warehouseId(),
                ReplenishmentStatus.SUBMITTED, note, checkedLines(actor, s), null, null, null, actor.name(), null, 0,
                null, null, null);
        orders.insert(fresh, actor);
        ReplenishmentOrder created = orders.find(actor.tenantId(), id).orElseThrow();
        audit.record(actor, "replenishment.submitted", ENTITY, id, null, created);
        return created;
    }

    ReplenishmentOrder get(Actor actor, UUID id) {
        Set<UUID> visible = places.visible(actor).keySet();
        return orders.find(actor.tenantId(), id).filter(o -> visible.contains(o.storeId()))
                .map(this::withTransfer).orElseThrow(() -> ApiProblem.notFound("replenishment-order"));
    }

    List<ReplenishmentOrder> list(Actor actor, ReplenishmentStatus status, UUID store, UUID after, int limit) {
        return orders.list(actor.tenantId(), StockPlaces.ids(places.visible(actor)), status, store, after, limit)
                .stream().map(this::withTransfer).toList();
    }

    /** Approves from the chosen warehouse and creates the transfer that carries the approved quantities. */
    @Transactional
    ReplenishmentOrder approve(Actor actor, UUID id, Approve a) {
        ReplenishmentOrder before = locked(actor, id);
        UUID warehouse = a.warehouseId() != null ? a.warehouseId() : before.warehouseId();
        if (warehouse == null) {
            throw ApiProblem.invalid("warehouseId", "inventory.replenishment.no-warehouse");
        }
        warehouse(actor, warehouse);
        List<Quantity> edits = a.lines() == null ? List.of()
                : a.lines().stream().map(l -> new Quantity(l.skuId(), l.quantity())).toList();
        ReplenishmentOrder approved = before.approve(warehouse, edits, actor.name());
        UUID transfer = transfers.requestFor(actor, warehouse, before.storeId(), before.reference(),
                "Replenishment order " + before.reference(), approved.toShip());
        return save(actor, "replenishment.approved", before, approved.shippedAs(transfer));
    }

    @Transactional
    ReplenishmentOrder reject(Actor actor, UUID id, String reason) {
        ReplenishmentOrder before = locked(actor, id);
        return save(actor, "replenishment.rejected", before, before.reject(reason.trim(), actor.name()));
    }

    @Transactional
    ReplenishmentOrder cancel(Actor actor, UUID id) {
        ReplenishmentOrder before = locked(actor, id);
        return save(actor, "replenishment.cancelled", before, before.cancel());
    }

    private ReplenishmentOrder save(Actor actor, String action, ReplenishmentOrder before, ReplenishmentOrder after) {
        orders.update(after);
        ReplenishmentOrder saved = withTransfer(orders.find(actor.tenantId(), after.id()).orElseThrow());
        audit.record(actor, action, ENTITY, saved.id(), before, saved);
        return saved;
    }

    private ReplenishmentOrder withTransfer(ReplenishmentOrder o) {
        return o.transferId() == null ? o
                : o.withTransferStatus(transfers.statusOf(o.tenantId(), o.transferId()).orElse(null));
    }

    /** The order, locked; 404 unless the caller's scope reaches its store. */
    private ReplenishmentOrder locked(Actor actor, UUID id) {
        Set<UUID> visible = places.visible(actor).keySet();
        return orders.lock(actor.tenantId(), id).filter(o -> visible.contains(o.storeId()))
                .orElseThrow(() -> ApiProblem.notFound("replenishment-order"));
    }

    private void warehouse(Actor actor, UUID warehouseId) {
        PlaceRef place = places.all(actor).get(warehouseId);
        if (place == null || place.kind() != PlaceRef.Kind.WAREHOUSE) {
            throw ApiProblem.invalid("warehouseId", "org.warehouse.foreign");
        }
    }

    /** Lines of existing SKUs, each SKU once; else 400 naming the line. */
    private List<Line> checkedLines(Actor actor, Submit s) {
        var skus = places.skus(actor, s.lines().stream().map(l -> l.skuId()).distinct().toList());
        Set<UUID> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < s.lines().size(); i++) {
            var l = s.lines().get(i);
            if (!skus.containsKey(l.skuId())) {
                throw ApiProblem.invalid("lines[" + i + "].skuId", "catalog.sku.foreign");
            }
            if (!seen.add(l.skuId())) {
                throw ApiProblem.invalid("lines[" + i + "].skuId", "inventory.named-twice");
            }
            lines.add(new Line(l.skuId(), l.quantity(), null));
        }
        return lines;
    }
}
