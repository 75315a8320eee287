package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.SkuLines.Line;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Lines of SKUs checked once against the brand's catalogue, refusals naming the line as the command does. */
class SkuLinesTest {

    private static final UUID BRAND = UUID.randomUUID();
    private static final SkuRef TEA = new SkuRef(UUID.randomUUID(), UUID.randomUUID(), "TEA", "Milk tea", true,
            "Milk tea", Map.of());
    private static final SkuRef CAKE = new SkuRef(UUID.randomUUID(), UUID.randomUUID(), "CAKE", "Cake", false,
            "Cake", Map.of());
    private static final UUID STORE = UUID.randomUUID();
    private static final UUID WAREHOUSE = UUID.randomUUID();

    /** A catalogue where the brand has tea and a deactivated cake. */
    private static SkuCatalog aCatalogOfTeaAndCake() {
        Map<UUID, SkuRef> skus = List.of(TEA, CAKE).stream().collect(Collectors.toMap(SkuRef::id, Function.identity()));
        return new SkuCatalog() {
            @Override
            public Map<UUID, SkuRef> find(UUID tenantId, Collection<UUID> skuIds) {
                return tenantId.equals(BRAND) ? skuIds.stream().filter(skus::containsKey)
                        .collect(Collectors.toMap(Function.identity(), skus::get)) : Map.of();
            }

            @Override
            public Map<String, SkuRef> findByCodes(UUID tenantId, Collection<String> codes) {
                return Map.of();
            }

            @Override
            public java.util.Optional<SkuRef> findByBarcode(UUID tenantId, String barcode) {
                return java.util.Optional.empty();
            }

            @Override
            public List<SkuRef> all(UUID tenantId) {
                return List.copyOf(skus.values());
            }
        };
    }

    private static SkuLines lines(Line... lines) {
        return SkuLines.of(aCatalogOfTeaAndCake(), BRAND, List.of(lines));
    }

    private static Message reason(Rejection r) {
        return r.faults().get(0).message();
    }

    @Test
    void lines_of_the_brands_skus_are_kept_in_order_with_what_the_catalogue_knows_of_each() {
        SkuLines lines = lines(new Line(CAKE.id(), 2), new Line(TEA.id(), 5));

        assertThat(lines.lines()).containsExactly(new Line(CAKE.id(), 2), new Line(TEA.id(), 5));
        assertThat(lines.quantities()).containsExactly(Map.entry(CAKE.id(), 2L), Map.entry(TEA.id(), 5L));
        assertThat(lines.sku(CAKE.id()).active()).isFalse();
    }

    @Test
    void a_sku_of_no_brand_or_of_another_brand_is_refused_naming_its_line() {
        assertThatThrownBy(() -> lines(new Line(TEA.id(), 1), new Line(UUID.randomUUID(), 1)))
                .isInstanceOfSatisfying(LineRejected.class, r -> {
                    assertThat(r.index()).isEqualTo(1);
                    assertThat(r.kind()).isEqualTo(Rejection.Kind.INVALID);
                    assertThat(r.faults().get(0).field()).isEqualTo("lines[1].skuId");
                    assertThat(reason(r).code()).isEqualTo("catalog.sku.foreign");
                });
        assertThatThrownBy(() -> SkuLines.of(aCatalogOfTeaAndCake(), UUID.randomUUID(), List.of(new Line(TEA.id(), 1))))
                .isInstanceOfSatisfying(LineRejected.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("lines[0].skuId"));
    }

    @Test
    void a_sku_named_twice_is_refused_on_its_second_line() {
        assertThatThrownBy(() -> lines(new Line(TEA.id(), 1), new Line(CAKE.id(), 1), new Line(TEA.id(), 3)))
                .isInstanceOfSatisfying(LineRejected.class, r -> {
                    assertThat(r.faults().get(0).field()).isEqualTo("lines[2].skuId");
                    assertThat(reason(r).code()).isEqualTo("inventory.named-twice");
                });
    }

    @Test
    void the_same_sku_at_two_places_is_two_lines_but_twice_at_one_place_is_refused() {
        assertThat(lines(new Line(TEA.id(), STORE, 1), new Line(TEA.id(), WAREHOUSE, 1)).lines()).hasSize(2);
        assertThatThrownBy(() -> lines(new Line(TEA.id(), STORE, 1), new Line(TEA.id(), STORE, 2)))
                .isInstanceOfSatisfying(LineRejected.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("lines[1].skuId"));
    }

    @Test
    void a_quantity_below_one_or_above_the_most_a_line_may_move_is_refused() {
        assertThatThrownBy(() -> lines(new Line(TEA.id(), 0)))
                .isInstanceOfSatisfying(LineRejected.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("lines[0].quantity"));
        assertThatThrownBy(() -> lines(new Line(TEA.id(), 1), new Line(CAKE.id(), SkuLines.MAX_QUANTITY + 1)))
                .isInstanceOfSatisfying(LineRejected.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("lines[1].quantity"));
        assertThat(lines(new Line(TEA.id(), SkuLines.MAX_QUANTITY)).lines()).hasSize(1);
    }

    @Test
    void skus_named_without_quantities_are_refused_under_the_commands_own_field() {
        SkuCatalog catalog = aCatalogOfTeaAndCake();

        assertThat(SkuLines.distinctSkus(catalog, BRAND, List.of(TEA.id(), CAKE.id()), "skuIds"))
                .containsExactly(TEA.id(), CAKE.id());
        assertThatThrownBy(() -> SkuLines.distinctSkus(catalog, BRAND, List.of(TEA.id(), TEA.id()), "skuIds"))
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("skuIds[1]"));
        assertThatThrownBy(() -> SkuLines.distinctSkus(catalog, BRAND, List.of(UUID.randomUUID()), "skuIds"))
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("skuIds[0]"));
    }
}
