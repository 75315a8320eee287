package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.Availability.PlaceStock;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What can be sold online and in which stores. */
class AvailabilityTest extends InventoryModuleTest {

    @Autowired
    Availability availability;

    @Autowired
    StockHolds stockHolds;

    @Test
    void online_sellable_counts_what_is_available_at_places_shared_with_online() {
        Brand brand = brands.aBrand();
        Actor admin = admin(brand);
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        receive(brand, tea, brand.warehouseId(), 7);
        receive(brand, tea, brand.otherStoreId(), 100);
        UUID unstocked = skus.aSku(brand);
        sharedWithOnline(brand, brand.storeId(), 2);
        sharedWithOnline(brand, brand.warehouseId(), 0);
        stockHolds.hold(hold(admin, "order:online", line(tea, brand.storeId(), 3)));

        Map<UUID, Long> sellable = availability.onlineSellable(admin, List.of(tea, unstocked));

        assertThat(sellable).containsExactly(Map.entry(tea, (10L - 3 - 2) + 7), Map.entry(unstocked, 0L));
    }

    @Test
    void per_store_lists_every_open_store_and_nearby_stores_start_with_the_store_asked_about() {
        Brand brand = brands.aBrand();
        Actor admin = admin(brand);
        UUID tea = aSkuWithStock(brand, brand.storeId(), 2);
        receive(brand, tea, brand.otherStoreId(), 5);
        receive(brand, tea, brand.warehouseId(), 50);

        List<PlaceStock> perStore = availability.perStore(admin, tea);
        List<PlaceStock> nearOther = availability.nearbyStores(admin, tea, 1, brand.otherStoreId());
        List<PlaceStock> forThree = availability.nearbyStores(admin, tea, 3, brand.storeId());

        assertThat(perStore).extracting(PlaceStock::placeId, PlaceStock::available)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(brand.storeId(), 2L),
                        org.assertj.core.groups.Tuple.tuple(brand.otherStoreId(), 5L));
        assertThat(nearOther).extracting(PlaceStock::placeId).containsExactly(brand.otherStoreId(), brand.storeId());
        assertThat(forThree).extracting(PlaceStock::placeId).containsExactly(brand.otherStoreId());
    }

    private void sharedWithOnline(Brand brand, UUID place, long safetyStock) {
        brands.jdbc().sql("""
                insert into stock_location(tenant_id, place_id, shared_with_online, safety_stock, version, created_at,
                                           updated_at)
                values (:t, :p, true, :s, 0, now(), now())""")
                .param("t", brand.tenantId()).param("p", place).param("s", safetyStock).update();
        brands.jdbc().sql("update stock_balance set safety_stock = :s where tenant_id = :t and location_id = :p")
                .param("t", brand.tenantId()).param("p", place).param("s", safetyStock).update();
    }
}
