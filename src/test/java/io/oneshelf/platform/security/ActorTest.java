package io.oneshelf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void a_system_actor_is_a_brand_wide_hq_admin_of_its_brand_with_one_id_per_name() {
        UUID brand = UUID.randomUUID();

        Actor storefront = Actor.system(brand, "storefront");

        assertThat(storefront.kind()).isEqualTo(Actor.Kind.SYSTEM);
        assertThat(storefront.tenantId()).isEqualTo(brand);
        assertThat(storefront.role()).isEqualTo(Role.HQ_ADMIN);
        assertThat(storefront.brandWide()).isTrue();
        assertThat(storefront.scopeId()).isEqualTo(brand);
        assertThat(storefront.id()).isEqualTo(Actor.system(UUID.randomUUID(), "storefront").id())
                .isNotEqualTo(Actor.system(brand, "order-expiry").id());
    }
}
