package io.oneshelf.inventory.demo;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.stock.OpeningStock;
import io.oneshelf.inventory.stock.OpeningStock.Location;
import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stocks every SKU of the demo brand in every store and warehouse once, through the ledger (receipts), so that
 * reconciliation finds nothing. Stores keep 2 back as safety stock and share with online, except the franchised
 * store; the warehouse shares everything. Runs last of the demo seeders (order 3), after the brand and catalog.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "oneshelf.demo.enabled", havingValue = "true")
class DemoStock implements ApplicationRunner {

    static final String REFERENCE = "DEMO-OPENING";
    private static final Logger log = LoggerFactory.getLogger(DemoStock.class);

    private final Brands brands;
    private final Places places;
    private final SkuCatalog skus;
    private final OpeningStock opening;

    DemoStock(Brands brands, Places places, SkuCatalog skus, OpeningStock opening) {
        this.brands = brands;
        this.places = places;
        this.skus = skus;
        this.opening = opening;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(tenant -> !opening.recorded(tenant)).ifPresent(tenant -> {
            long started = System.nanoTime();
            List<SkuRef> variants = skus.all(tenant);
            List<PlaceRef> locations = places.all(tenant);
            if (variants.isEmpty() || locations.isEmpty()) {
                return;
            }
            opening.open(tenant, locations.stream().map(DemoStock::settings).toList(),
                    receipts(tenant, variants, locations));
            log.info("Demo stock received: {} SKUs x {} locations in {} ms", variants.size(), locations.size(),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    private static Location settings(PlaceRef place) {
        boolean store = place.kind() == PlaceRef.Kind.STORE;
        return new Location(place.id(), place.franchiseeId() == null, store ? 2 : 0);
    }

    /** Stores hold 10–80 of each SKU, warehouses 200–1000; the same figures on every machine. */
    private static List<Posting> receipts(UUID tenant, List<SkuRef> variants, List<PlaceRef> locations) {
        Random random = new Random(2026);
        List<Posting> receipts = new ArrayList<>();
        for (SkuRef sku : variants) {
            for (PlaceRef place : locations) {
                boolean store = place.kind() == PlaceRef.Kind.STORE;
                long quantity = store ? 10 + random.nextInt(71) : 200 + random.nextInt(801);
                receipts.add(Posting.openingReceipt(tenant, sku.id(), place.id(), quantity, REFERENCE));
            }
        }
        return receipts;
    }
}
