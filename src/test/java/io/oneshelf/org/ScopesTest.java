package io.oneshelf.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organisation's in-process scopes, as other modules check a grant or a scoped command with them. */
class ScopesTest extends ApiTest {

    @Autowired
    Scopes scopes;

    @Test
    void a_scope_resolves_to_its_name_inside_its_brand_only() {
        Brand brand = brands.aBrand();

        assertThat(scopes.resolve(brand.tenantId(), ScopeType.REGION, brand.regionId()))
                .contains(new ScopeRef(ScopeType.REGION, brand.regionId(), "Region One " + brand.code()));
        assertThat(scopes.resolve(brands.aBrand().tenantId(), ScopeType.REGION, brand.regionId())).isEmpty();
    }

    @Test
    void a_region_manager_reaches_the_regions_stores_and_is_refused_others_on_the_field_named() {
        Brand brand = brands.aBrand();
        Actor manager = new Actor(Actor.Kind.STAFF, UUID.randomUUID(), brand.tenantId(), "region",
                Role.REGION_MANAGER, ScopeType.REGION, brand.regionId());

        assertThat(scopes.within(manager, ScopeType.STORE, brand.storeId(), "storeId").name())
                .isEqualTo("Store One " + brand.code());
        assertThatThrownBy(() -> scopes.within(manager, ScopeType.STORE, brand.otherStoreId(), "storeId"))
                .isInstanceOfSatisfying(Rejection.class, r -> {
                    assertThat(r.kind()).isEqualTo(Rejection.Kind.INVALID);
                    assertThat(r.faults()).extracting(Rejection.Fault::field).containsExactly("storeId");
                });
    }
}
