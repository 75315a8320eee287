package io.oneshelf.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.product.Product.ProductStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Sku MEDIUM = new Sku(UUID.randomUUID(), "MT-1", "奶茶 中杯", Map.of("杯型", "中杯"),
            Sku.SkuStatus.ACTIVE, List.of());
    private static final Sku LARGE = new Sku(UUID.randomUUID(), "MT-2", "奶茶 大杯", Map.of("杯型", "大杯"),
            Sku.SkuStatus.ACTIVE, List.of());
    private static final Sku RETIRED = new Sku(UUID.randomUUID(), "MT-3", "奶茶 小杯", Map.of("杯型", "小杯"),
            Sku.SkuStatus.DISCONTINUED, List.of());

    static Product aDraftWith(Sku... skus) {
        return new Product(UUID.randomUUID(), "MT", "奶茶", UUID.randomUUID(), null, "杯", null,
                List.of(), ProductStatus.DRAFT, EnumSet.of(SalesChannel.POS), List.of(skus), 0, null, null);
    }

    private static String fieldOf(Throwable t) {
        return ((Rejection) t).faults().get(0).field();
    }

    @Test
    void a_draft_with_every_active_sku_priced_goes_on_shelf() {
        Product product = aDraftWith(MEDIUM, LARGE, RETIRED);

        assertThat(product.putOnShelf(Set.of(MEDIUM.id(), LARGE.id())).status()).isEqualTo(ProductStatus.ON_SHELF);
    }

    @Test
    void a_product_without_active_skus_stays_off_the_shelf() {
        assertThatThrownBy(() -> aDraftWith(RETIRED).putOnShelf(Set.of(RETIRED.id())))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("skus"));
    }

    @Test
    void a_product_with_an_unpriced_sku_stays_off_the_shelf_and_the_sku_is_named() {
        assertThatThrownBy(() -> aDraftWith(MEDIUM, LARGE).putOnShelf(Set.of(MEDIUM.id())))
                .hasMessageContaining("MT-2")
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("skus"));
    }

    @Test
    void a_product_on_shelf_cannot_be_put_on_shelf_again() {
        Product onShelf = aDraftWith(MEDIUM).putOnShelf(Set.of(MEDIUM.id()));

        assertThatThrownBy(() -> onShelf.putOnShelf(Set.of(MEDIUM.id())))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("status"));
    }

    @Test
    void only_a_product_on_shelf_comes_off_and_may_go_back_on() {
        Product draft = aDraftWith(MEDIUM);
        assertThatThrownBy(draft::takeOffShelf).satisfies(t -> assertThat(fieldOf(t)).isEqualTo("status"));

        Product off = draft.putOnShelf(Set.of(MEDIUM.id())).takeOffShelf();

        assertThat(off.status()).isEqualTo(ProductStatus.OFF_SHELF);
        assertThat(off.putOnShelf(Set.of(MEDIUM.id())).status()).isEqualTo(ProductStatus.ON_SHELF);
    }
}
