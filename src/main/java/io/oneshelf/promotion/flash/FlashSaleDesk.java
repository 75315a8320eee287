package io.oneshelf.promotion.flash;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.promotion.FlashSaleChanged;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, activates and deactivates flash sales, checked by {@link FlashSaleRules}, audited, each change
 * told as {@link FlashSaleChanged} in the same transaction. A change locks the sale's items first, so what they sold
 * cannot move while the new allocations are checked. The API and the demo brand both come this way.
 */
@Service
class FlashSaleDesk {

    /** Who makes a change: for the audit log. */
    record By(UUID brandId, UUID actorId, String actorName) {
    }

    private final FlashSales sales;
    private final FlashSaleRules rules;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    FlashSaleDesk(FlashSales sales, FlashSaleRules rules, AuditLog audit, ApplicationEventPublisher events) {
        this.sales = sales;
        this.rules = rules;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    FlashSale create(By by, FlashSaleViews.Edit body) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        FlashSale sale = rules.sale(by.brandId(), Ids.next(), body, Map.of(), 1, now);
        sales.insert(by.brandId(), sale);
        FlashSale saved = sales.find(by.brandId(), sale.id()).orElseThrow();
        changed(by, "flash-sale.create", null, saved);
        return saved;
    }

    @Transactional
    FlashSale update(By by, UUID id, FlashSaleViews.Edit body) {
        FlashSale before = sales.find(by.brandId(), id).orElseThrow(() -> Rejection.notFound("flash-sale"));
        if (body.version() == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        Map<UUID, FlashItem> sold = sales.lockItems(by.brandId(), id);
        FlashSale changed = rules.sale(by.brandId(), id, body, sold, body.version(), before.createdAt());
        if (before.version() != body.version() || !sales.update(by.brandId(), changed, body.version())) {
            throw Rejection.staleVersion();
        }
        FlashSale after = sales.find(by.brandId(), id).orElseThrow();
        changed(by, "flash-sale.update", before, after);
        return after;
    }

    /** Sets the sale active or inactive; doing so again changes nothing. */
    @Transactional
    FlashSale activate(By by, UUID id, boolean active) {
        FlashSale before = sales.find(by.brandId(), id).orElseThrow(() -> Rejection.notFound("flash-sale"));
        if (!sales.activate(by.brandId(), id, active)) {
            return before;
        }
        FlashSale after = sales.find(by.brandId(), id).orElseThrow();
        changed(by, active ? "flash-sale.activate" : "flash-sale.deactivate", before, after);
        return after;
    }

    private void changed(By by, String action, FlashSale before, FlashSale after) {
        audit.record(by.brandId(), by.actorId(), by.actorName(), action, "flash_sale", after.id(), before, after);
        events.publishEvent(new FlashSaleChanged(by.brandId(), after.id(), after.version(), after.name(),
                after.startsAt(), after.endsAt(), after.active()));
    }
}
