package io.oneshelf.inventory.stock;

import io.oneshelf.inventory.stock.StockLocations.Settings;
import io.oneshelf.org.StoreCreated;
import io.oneshelf.org.WarehouseCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes every new store and warehouse part of the stock pool (同庫存) at once, as the demo brand's places are: a
 * warehouse and a store the brand runs itself share their stock with online, a franchised store keeps its own
 * (it sells goods it owns); no safety stock. Only a place without settings gets these, so a choice made meanwhile
 * on the stock-locations screen stays. Runs after the place's transaction commits, from org's events through the
 * event publication registry: a failure is retried (resubmission, or the next start) and never undoes the place.
 */
@Component
class NewPlaces {

    private final StockLocations locations;

    NewPlaces(StockLocations locations) {
        this.locations = locations;
    }

    @ApplicationModuleListener
    void on(StoreCreated store) {
        locations.setUp(store.brandId(), new Settings(store.storeId(), store.franchiseeId() == null, 0));
    }

    @ApplicationModuleListener
    void on(WarehouseCreated warehouse) {
        locations.setUp(warehouse.brandId(), new Settings(warehouse.warehouseId(), true, 0));
    }
}
