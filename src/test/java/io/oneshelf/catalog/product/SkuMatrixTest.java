package io.oneshelf.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import io.oneshelf.catalog.product.SkuMatrix.SkuDraft;
import io.oneshelf.catalog.product.SkuMatrix.SkuInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkuMatrixTest {

    private static final List<SpecAttribute> CUP_AND_TEMPERATURE = List.of(
            new SpecAttribute("杯型", List.of("中杯", "大杯")), new SpecAttribute("溫度", List.of("冰", "熱")));

    @Test
    void variants_are_the_cartesian_product_of_the_spec_values_in_order() {
        List<SkuDraft> drafts = SkuMatrix.generate("MT01", "珍珠奶茶", CUP_AND_TEMPERATURE, List.of());

        assertThat(drafts).extracting(SkuDraft::code).containsExactly("MT01-1", "MT01-2", "MT01-3", "MT01-4");
        assertThat(drafts).extracting(SkuDraft::name)
                .containsExactly("珍珠奶茶 中杯 冰", "珍珠奶茶 中杯 熱", "珍珠奶茶 大杯 冰", "珍珠奶茶 大杯 熱");
        assertThat(drafts.get(3).specs()).isEqualTo(Map.of("杯型", "大杯", "溫度", "熱"));
    }

    @Test
    void a_product_without_spec_attributes_has_one_variant_named_like_the_product() {
        List<SkuDraft> drafts = SkuMatrix.generate("CAKE1", "提拉米蘇", List.of(), List.of());

        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("CAKE1-1");
            assertThat(d.name()).isEqualTo("提拉米蘇");
            assertThat(d.specs()).isEmpty();
        });
    }

    @Test
    void an_explicit_entry_gives_its_combination_a_code_and_barcodes() {
        SkuInput large = new SkuInput("MT01-L-HOT", Map.of("溫度", "熱", "杯型", "大杯"), List.of("4006381333931"));

        List<SkuDraft> drafts = SkuMatrix.generate("MT01", "珍珠奶茶", CUP_AND_TEMPERATURE, List.of(large));

        assertThat(drafts).hasSize(4);
        assertThat(drafts.get(3).code()).isEqualTo("MT01-L-HOT");
        assertThat(drafts.get(3).barcodes()).containsExactly("4006381333931");
        assertThat(drafts.get(0).barcodes()).isEmpty();
    }

    @Test
    void an_explicit_entry_outside_the_matrix_is_rejected_naming_it() {
        SkuInput odd = new SkuInput(null, Map.of("杯型", "超大杯", "溫度", "冰"), List.of());

        assertThatThrownBy(() -> SkuMatrix.generate("MT01", "珍珠奶茶", CUP_AND_TEMPERATURE, List.of(odd)))
                .isInstanceOfSatisfying(Rejection.class,
                        p -> assertThat(p.faults().get(0).field()).isEqualTo("skus[0].specs"));
    }

    @Test
    void a_value_listed_twice_is_rejected() {
        List<SpecAttribute> twice = List.of(new SpecAttribute("杯型", List.of("中杯", "中杯")));

        assertThatThrownBy(() -> SkuMatrix.generate("MT01", "奶茶", twice, List.of()))
                .isInstanceOfSatisfying(Rejection.class,
                        p -> assertThat(p.faults().get(0).field()).isEqualTo("specAttributes[0].values"));
    }

    @Test
    void an_invalid_barcode_in_an_explicit_entry_is_rejected() {
        SkuInput bad = new SkuInput(null, Map.of("杯型", "中杯", "溫度", "冰"), List.of("4006381333932"));

        assertThatThrownBy(() -> SkuMatrix.generate("MT01", "奶茶", CUP_AND_TEMPERATURE, List.of(bad)))
                .isInstanceOf(Rejection.class);
    }
}
