package io.oneshelf.inventory.stock;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.StockReceived;
import io.oneshelf.inventory.stock.StockLocations.Settings;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock a brand starts with: the settings of its locations, then one receipt per SKU x location through the
 * ledger, in one transaction, so that balances and ledger agree from the first row on.
 */
@Service
public class OpeningStock {

    /** How a place holds stock: whether online may sell it and what it keeps back from reservations. */
    public record Location(UUID placeId, boolean sharedWithOnline, long safetyStock) {
    }

    private final StockLocations locations;
    private final StockLedger ledger;
    private final JdbcClient jdbc;
    private final SkuCatalog skus;
    private final ApplicationEventPublisher events;

    OpeningStock(StockLocations locations, StockLedger ledger, JdbcClient jdbc, SkuCatalog skus,
                 ApplicationEventPublisher events) {
        this.skus = skus;
        this.events = events;
        this.locations = locations;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /** Whether the tenant's ledger has any movement yet. */
    public boolean recorded(UUID tenant) {
        return jdbc.sql("select exists(select 1 from stock_movement where tenant_id = :tenant)")
                .param("tenant", tenant).query(Boolean.class).single();
    }

    /** Saves the settings first, so that the balances the receipts create copy their safety stock. */
    @Transactional
    public void open(UUID tenant, List<Location> settings, List<Posting> receipts) {
        settings.forEach(l -> locations.save(tenant, new Settings(l.placeId(), l.sharedWithOnline(), l.safetyStock())));
        List<UUID> movements = ledger.receiveAll(receipts);
        Map<UUID, SkuRef> refs = skus.find(tenant, receipts.stream().map(Posting::skuId).distinct().toList());
        for (int i = 0; i < receipts.size(); i++) {
            Posting p = receipts.get(i);
            events.publishEvent(new StockReceived(tenant, movements.get(i), p.skuId(), refs.get(p.skuId()).code(),
                    p.locationId(), p.onHandDelta(), p.reference()));
        }
    }
}
