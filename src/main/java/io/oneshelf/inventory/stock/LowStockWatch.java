package io.oneshelf.inventory.stock;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.LowStockReached;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells when a posting takes a balance into low stock: available (on hand - reserved - safety stock, never below
 * 0) above the safety stock before, at most the safety stock after, as the low-stock list counts it. Only the
 * crossing is published, so a balance that stays low under many sales is announced once; the SKU code is looked up
 * only then.
 */
@Component
class LowStockWatch {

    /** A balance as a posting left it, with the deltas the posting applied. */
    record After(UUID tenantId, UUID skuId, UUID locationId, long onHand, long reserved, long safetyStock,
                 long onHandDelta, long reservedDelta) {

        boolean crossed() {
            return !low(onHand - onHandDelta, reserved - reservedDelta) && low(onHand, reserved);
        }

        private boolean low(long onHandThen, long reservedThen) {
            return Math.max(0, onHandThen - reservedThen - safetyStock) <= safetyStock;
        }

        long available() {
            return Math.max(0, onHand - reserved - safetyStock);
        }
    }

    private final SkuCatalog skus;
    private final ApplicationEventPublisher events;

    LowStockWatch(SkuCatalog skus, ApplicationEventPublisher events) {
        this.skus = skus;
        this.events = events;
    }

    void check(List<After> balances) {
        List<After> crossed = balances.stream().filter(After::crossed).toList();
        if (crossed.isEmpty()) {
            return;
        }
        // one round of holds may serve several brands
        crossed.stream().collect(Collectors.groupingBy(After::tenantId)).forEach((tenant, low) -> {
            Map<UUID, SkuRef> refs = skus.find(tenant, low.stream().map(After::skuId).distinct().toList());
            for (After b : low) {
                SkuRef sku = refs.get(b.skuId());
                events.publishEvent(new LowStockReached(tenant, b.skuId(), sku == null ? null : sku.code(),
                        b.locationId(), b.onHand(), b.reserved(), b.safetyStock(), b.available()));
            }
        });
    }
}
