package io.oneshelf.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.product.NewVariants.Plan;
import io.oneshelf.catalog.product.Product.ProductStatus;
import io.oneshelf.catalog.product.SkuMatrix.SkuDraft;
import io.oneshelf.catalog.product.SkuMatrix.SkuInput;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewVariantsTest {

    /** T恤 in 颜色 红/蓝 × 尺码 S/M, coded TS-1 … TS-4 as the matrix made them. */
    private static Product aShirt() {
        List<SpecAttribute> attributes = List.of(new SpecAttribute("颜色", List.of("红", "蓝")),
                new SpecAttribute("尺码", List.of("S", "M")));
        List<Sku> skus = SkuMatrix.generate("TS", "T恤", attributes, List.of()).stream()
                .map(d -> new Sku(UUID.randomUUID(), d.code(), d.name(), d.specs(), Sku.SkuStatus.ACTIVE, List.of()))
                .toList();
        return new Product(UUID.randomUUID(), "TS", "T恤", UUID.randomUUID(), null, "件", null,
                attributes, ProductStatus.DRAFT, EnumSet.of(SalesChannel.POS), skus, 3, null, null);
    }

    private static Map<String, String> specs(String colour, String size) {
        Map<String, String> specs = new LinkedHashMap<>();
        specs.put("颜色", colour);
        specs.put("尺码", size);
        return specs;
    }

    private static String fieldOf(Throwable t) {
        return ((Rejection) t).faults().get(0).field();
    }

    @Test
    void a_new_colour_brings_one_sku_per_size_and_nothing_else() {
        Plan plan = NewVariants.fromValues(aShirt(), List.of(new SpecAttribute("颜色", List.of("绿"))), List.of(),
                Set.of());

        assertThat(plan.drafts()).extracting(SkuDraft::specs).containsExactly(specs("绿", "S"), specs("绿", "M"));
        assertThat(plan.drafts()).extracting(SkuDraft::code).containsExactly("TS-5", "TS-6");
        assertThat(plan.drafts()).extracting(SkuDraft::name).containsExactly("T恤 绿 S", "T恤 绿 M");
        assertThat(plan.attributes().get(0).values()).containsExactly("红", "蓝", "绿");
        assertThat(plan.attributes().get(1).values()).containsExactly("S", "M");
    }

    @Test
    void new_values_of_two_attributes_bring_every_combination_holding_one_of_them() {
        Plan plan = NewVariants.fromValues(aShirt(), List.of(new SpecAttribute("颜色", List.of("绿")),
                new SpecAttribute("尺码", List.of("L"))), List.of(), Set.of());

        assertThat(plan.drafts()).extracting(SkuDraft::specs).containsExactly(specs("红", "L"), specs("蓝", "L"),
                specs("绿", "S"), specs("绿", "M"), specs("绿", "L"));
    }

    @Test
    void generated_codes_skip_codes_the_brand_already_uses() {
        Plan plan = NewVariants.fromValues(aShirt(), List.of(new SpecAttribute("颜色", List.of("绿"))),
                List.of(new SkuInput("TS-GREEN-M", specs("绿", "M"), List.of())), Set.of("TS-5", "TS-6"));

        assertThat(plan.drafts()).extracting(SkuDraft::code).containsExactly("TS-7", "TS-GREEN-M");
    }

    @Test
    void an_explicit_sku_must_be_one_of_the_new_combinations() {
        assertThatThrownBy(() -> NewVariants.fromValues(aShirt(), List.of(new SpecAttribute("颜色", List.of("绿"))),
                List.of(new SkuInput("X", specs("红", "S"), List.of())), Set.of()))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("skus[0].specs"));
    }

    @Test
    void a_value_the_attribute_has_or_an_attribute_the_product_lacks_is_refused() {
        assertThatThrownBy(() -> NewVariants.fromValues(aShirt(), List.of(new SpecAttribute("颜色", List.of("蓝"))),
                List.of(), Set.of()))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("specAttributes[0].values"));
        assertThatThrownBy(() -> NewVariants.fromValues(aShirt(), List.of(new SpecAttribute("材质", List.of("棉"))),
                List.of(), Set.of()))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("specAttributes[0].name"));
    }

    @Test
    void one_combination_with_a_new_value_adds_one_sku_and_the_value() {
        Plan plan = NewVariants.fromCombination(aShirt(), new SkuInput(null, specs("绿", "M"), List.of()), Set.of());

        assertThat(plan.drafts()).extracting(SkuDraft::code).containsExactly("TS-5");
        assertThat(plan.attributes().get(0).values()).containsExactly("红", "蓝", "绿");
        assertThat(plan.attributes().get(1).values()).containsExactly("S", "M");
    }

    @Test
    void an_existing_combination_a_missing_value_or_an_unknown_attribute_is_refused_on_specs() {
        assertThatThrownBy(() -> NewVariants.fromCombination(aShirt(),
                new SkuInput(null, Map.of("尺码", "M", "颜色", "蓝"), List.of()), Set.of()))
                .hasMessageContaining("TS-4")
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("specs"));
        assertThatThrownBy(() -> NewVariants.fromCombination(aShirt(),
                new SkuInput(null, Map.of("颜色", "绿"), List.of()), Set.of()))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("specs"));
        assertThatThrownBy(() -> NewVariants.fromCombination(aShirt(),
                new SkuInput(null, Map.of("颜色", "绿", "尺码", "S", "材质", "棉"), List.of()), Set.of()))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("specs"));
    }

    @Test
    void a_product_on_shelf_admits_new_skus_only_with_a_list_price() {
        Product shirt = aShirt();
        Product priced = shirt.putOnShelf(Set.copyOf(shirt.skus().stream().map(Sku::id).toList()));

        assertThatThrownBy(() -> priced.admitNewSkus(null))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("listPriceFen"));
        priced.admitNewSkus(1200L);
        aShirt().admitNewSkus(null);
    }
}
