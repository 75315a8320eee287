package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.Availability.PlaceAvailability;
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

    @Test
    void at_places_gives_every_open_place_its_stock_of_the_skus_asked_for_and_whether_online_may_sell_it() {
        Brand brand = brands.aBrand();
        Actor admin = admin(brand);
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        receive(brand, tea, brand.warehouseId(), 7);
        UUID notAsked = aSkuWithStock(brand, brand.warehouseId(), 3);
        UUID unstocked = skus.aSku(brand);
        sharedWithOnline(brand, brand.storeId(), 2);
        sharedWithOnline(brand, brand.warehouseId(), 0);
        stockHolds.hold(hold(admin, "order:routed", line(tea, brand.storeId(), 3)));

        List<PlaceAvailability> all = availability.atPlaces(admin, List.of(tea, unstocked), false);
        List<PlaceAvailability> online = availability.atPlaces(admin, List.of(tea, unstocked), true);

        assertThat(all).extracting(p -> p.place().id(), PlaceAvailability::sharedWithOnline,
                        p -> p.available(tea), p -> p.unheld(tea), p -> p.stock().keySet())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(brand.storeId(), true, 10L - 3 - 2, 7L, java.util.Set.of(tea)),
                        org.assertj.core.groups.Tuple.tuple(brand.otherStoreId(), false, 0L, 0L, java.util.Set.of()),
                        org.assertj.core.groups.Tuple.tuple(brand.warehouseId(), true, 7L, 7L, java.util.Set.of(tea)));
        assertThat(all.get(0).stock().get(tea)).isEqualTo(new Availability.SkuStock(10, 3, 2));
        assertThat(all.get(1).place().franchiseeId()).isEqualTo(brand.franchiseeId());
        assertThat(online).extracting(p -> p.place().id()).containsExactly(brand.storeId(), brand.warehouseId());
        assertThat(all).allSatisfy(p -> assertThat(p.stock()).doesNotContainKey(notAsked));
    }

    @Test
    void at_places_leaves_closed_places_out_and_never_goes_below_zero() {
        Brand brand = brands.aBrand();
        Actor admin = admin(brand);
        UUID tea = aSkuWithStock(brand, brand.storeId(), 3);
        receive(brand, tea, brand.warehouseId(), 7);
        sharedWithOnline(brand, brand.storeId(), 5);
        brands.jdbc().sql("update warehouse set status = 'CLOSED' where id = :id").param("id", brand.warehouseId())
                .update();

        List<PlaceAvailability> all = availability.atPlaces(admin, List.of(tea), false);

        assertThat(all).extracting(p -> p.place().id()).containsExactly(brand.storeId(), brand.otherStoreId());
        assertThat(all.get(0).available(tea)).isZero();
        assertThat(all.get(0).unheld(tea)).isEqualTo(3);
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
