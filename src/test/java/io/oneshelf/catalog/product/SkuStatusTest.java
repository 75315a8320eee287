package io.oneshelf.catalog.product;

import static io.oneshelf.catalog.product.ProductTest.aDraftWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SkuStatusTest {

    private static final Sku MEDIUM = new Sku(UUID.randomUUID(), "MT-1", "奶茶 中杯", Map.of("杯型", "中杯"),
            Sku.SkuStatus.ACTIVE, List.of());
    private static final Sku LARGE = new Sku(UUID.randomUUID(), "MT-2", "奶茶 大杯", Map.of("杯型", "大杯"),
            Sku.SkuStatus.ACTIVE, List.of());

    private static String fieldOf(Throwable t) {
        return ((Rejection) t).faults().get(0).field();
    }

    @Test
    void a_sku_is_deactivated_and_activated_again() {
        Product off = aDraftWith(MEDIUM, LARGE).deactivate(LARGE.id());

        assertThat(off.sku(LARGE.id()).active()).isFalse();
        assertThat(off.activate(LARGE.id(), Set.of()).sku(LARGE.id()).active()).isTrue();
        assertThatThrownBy(() -> off.deactivate(LARGE.id())).satisfies(t -> assertThat(fieldOf(t)).isEqualTo("status"));
    }

    @Test
    void a_product_on_shelf_keeps_its_last_active_sku() {
        Product onShelf = aDraftWith(MEDIUM, LARGE).putOnShelf(Set.of(MEDIUM.id(), LARGE.id()))
                .deactivate(LARGE.id());

        assertThatThrownBy(() -> onShelf.deactivate(MEDIUM.id()))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("status"));
    }

    @Test
    void an_unpriced_sku_of_a_product_on_shelf_is_not_activated() {
        Product onShelf = aDraftWith(MEDIUM, LARGE).putOnShelf(Set.of(MEDIUM.id(), LARGE.id()))
                .deactivate(LARGE.id());

        assertThatThrownBy(() -> onShelf.activate(LARGE.id(), Set.of(MEDIUM.id())))
                .hasMessageContaining("MT-2")
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("skus"));
        assertThat(onShelf.activate(LARGE.id(), Set.of(MEDIUM.id(), LARGE.id())).sku(LARGE.id()).active()).isTrue();
    }
}
