package io.oneshelf.order.booking;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which of the brand's SKUs are made to order (a cake for a pickup date), with their lead time. */
@RestController
@RequestMapping("/api/v1/made-to-order")
@Tag(name = "Bookings")
class MadeToOrderController {

    private final MadeToOrderStore settings;
    private final SkuCatalog skus;
    private final AuditLog audit;

    MadeToOrderController(MadeToOrderStore settings, SkuCatalog skus, AuditLog audit) {
        this.settings = settings;
        this.skus = skus;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "listMadeToOrder", summary = "The brand's made-to-order settings of SKUs",
            description = "A bare JSON array of every setting of the brand: a brand makes a handful of products to "
                          + "order.")
    List<BookingViews.Setting> list() {
        return settings.all(Actor.current().tenantId()).stream().map(BookingViews.Setting::of).toList();
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "setMadeToOrder", summary = "Make SKU {id} to order with a lead time in hours, or no "
            + "longer (send version 0 the first time, then the version read); orders booked before keep their slot")
    @Transactional
    BookingViews.Setting set(@PathVariable UUID id, @Valid @RequestBody BookingViews.EditSetting body) {
        Actor actor = Actor.current();
        if (skus.find(actor.tenantId(), Set.of(id)).isEmpty()) {
            throw Rejection.notFound("sku");
        }
        MadeToOrderStore.Setting before = settings.find(actor.tenantId(), id).orElse(null);
        int current = before == null ? 0 : before.version();
        if (current != body.version() || !settings.save(actor.tenantId(), id, body.madeToOrder(), body.leadHours(),
                body.version())) {
            throw Rejection.staleVersion();
        }
        MadeToOrderStore.Setting after = settings.find(actor.tenantId(), id).orElseThrow();
        audit.record(actor, "made-to-order.set", "made_to_order", id, before, after);
        return BookingViews.Setting.of(after);
    }
}
