package io.oneshelf.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organisation's in-process places, as the stock module calls them. */
class PlacesTest extends ApiTest {

    @Autowired
    Places places;

    @Test
    void a_place_by_id_tells_its_kind_name_owner_and_coordinates() {
        Brand brand = brands.aBrand();

        PlaceRef store = places.find(brand.tenantId(), brand.storeId()).orElseThrow();
        PlaceRef franchised = places.find(brand.tenantId(), brand.otherStoreId()).orElseThrow();
        PlaceRef warehouse = places.find(brand.tenantId(), brand.warehouseId()).orElseThrow();

        assertThat(store.kind()).isEqualTo(PlaceRef.Kind.STORE);
        assertThat(store.name()).isEqualTo("Store One " + brand.code());
        assertThat(store.franchised()).isFalse();
        assertThat(store.open()).isTrue();
        assertThat(franchised.franchiseeId()).isEqualTo(brand.franchiseeId());
        assertThat(warehouse.kind()).isEqualTo(PlaceRef.Kind.WAREHOUSE);
        assertThat(warehouse.latitude()).isEqualByComparingTo(new BigDecimal("31.1"));
        assertThat(warehouse.longitude()).isEqualByComparingTo(new BigDecimal("121.4"));
        assertThat(places.find(brands.aBrand().tenantId(), brand.storeId())).isEmpty();
    }

    @Test
    void a_scope_reaches_its_places_and_no_others() {
        Brand brand = brands.aBrand();

        assertThat(places.within(brand.tenantId(), ScopeType.BRAND, brand.tenantId())).extracting(PlaceRef::id)
                .containsExactlyInAnyOrder(brand.storeId(), brand.otherStoreId(), brand.warehouseId());
        assertThat(places.within(brand.tenantId(), ScopeType.REGION, brand.regionId())).extracting(PlaceRef::id)
                .containsExactlyInAnyOrder(brand.storeId(), brand.warehouseId());
        assertThat(places.within(brand.tenantId(), ScopeType.FRANCHISEE, brand.franchiseeId()))
                .extracting(PlaceRef::id).containsExactly(brand.otherStoreId());

        assertThat(places.scopeContains(brand.tenantId(), ScopeType.REGION, brand.regionId(), brand.storeId()))
                .isTrue();
        assertThat(places.scopeContains(brand.tenantId(), ScopeType.REGION, brand.regionId(),
                brand.otherStoreId())).isFalse();
        assertThat(places.scopeContains(brand.tenantId(), ScopeType.STORE, brand.storeId(), brand.storeId()))
                .isTrue();
        Brand other = brands.aBrand();
        assertThat(places.scopeContains(other.tenantId(), ScopeType.BRAND, other.tenantId(), brand.storeId()))
                .isFalse();
    }
}
