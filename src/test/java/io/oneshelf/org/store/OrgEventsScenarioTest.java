package io.oneshelf.org.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.org.StoreClosed;
import io.oneshelf.org.StoreCreated;
import io.oneshelf.org.store.Store.StoreKind;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The organisation alone: a store's life leaves it as events, scoped to the store for the feed. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES) // the platform: database, security
@ActiveProfiles("test")
@Import(BrandFixture.class)
class OrgEventsScenarioTest {

    @Autowired
    StoreService stores;
    @Autowired
    BrandFixture brands;

    @Test
    void a_franchised_store_is_announced_with_its_franchisee_and_about_itself(Scenario scenario) {
        Brand brand = brands.aBrand();

        scenario.stimulate(() -> stores.create(admin(brand), store(brand, "FR1", StoreKind.FRANCHISED,
                        brand.franchiseeId())))
                .andWaitForEventOfType(StoreCreated.class)
                .matchingMappedValue(StoreCreated::brandId, brand.tenantId())
                .toArriveAndVerify((event, store) -> {
                    assertThat(event.storeId()).isEqualTo(store.id());
                    assertThat(event.kind()).isEqualTo("FRANCHISED");
                    assertThat(event.franchiseeId()).isEqualTo(brand.franchiseeId());
                    assertThat(event.opensAt()).isEqualTo(LocalTime.of(9, 0));
                    assertThat(event.placeIds()).isEqualTo(List.of(store.id()));
                });
    }

    @Test
    void closing_a_store_is_announced_with_the_reason(Scenario scenario) {
        Brand brand = brands.aBrand();
        Actor admin = admin(brand);

        scenario.stimulate(() -> stores.close(admin, brand.storeId(), "lease ended"))
                .andWaitForEventOfType(StoreClosed.class)
                .matchingMappedValue(StoreClosed::storeId, brand.storeId())
                .toArriveAndVerify(event -> {
                    assertThat(event.reason()).isEqualTo("lease ended");
                    assertThat(event.code()).isEqualTo("S1-" + brand.code());
                });
    }

    private static StoreService.Open store(Brand brand, String code, StoreKind kind, UUID franchisee) {
        return new StoreService.Open(code, new StoreDetails("Store " + code, kind, brand.regionId(), franchisee,
                "Road 3", new BigDecimal("31.2"), new BigDecimal("121.4"), LocalTime.of(9, 0), LocalTime.of(21, 0),
                null));
    }

    private static Actor admin(Brand brand) {
        return new Actor(Actor.Kind.STAFF, UUID.randomUUID(), brand.tenantId(), "admin of " + brand.code(),
                Role.HQ_ADMIN, ScopeType.BRAND, brand.tenantId());
    }
}
