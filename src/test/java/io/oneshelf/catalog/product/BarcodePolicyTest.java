package io.oneshelf.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import org.junit.jupiter.api.Test;

class BarcodePolicyTest {

    @Test
    void a_printed_ean_13_is_accepted() {
        assertThat(BarcodePolicy.isValid("4006381333931")).isTrue();
        assertThat(BarcodePolicy.isValid("6901234567892")).isTrue();
    }

    @Test
    void a_upc_a_and_an_ean_8_are_accepted() {
        assertThat(BarcodePolicy.isValid("036000291452")).isTrue();
        assertThat(BarcodePolicy.isValid("96385074")).isTrue();
    }

    @Test
    void one_mistyped_digit_is_rejected() {
        assertThat(BarcodePolicy.isValid("4006381333932")).isFalse();
        assertThat(BarcodePolicy.isValid("4006381335931")).isFalse();
        assertThat(BarcodePolicy.isValid("036000291453")).isFalse();
        assertThat(BarcodePolicy.isValid("96385075")).isFalse();
    }

    @Test
    void other_lengths_and_letters_are_rejected() {
        assertThat(BarcodePolicy.isValid("1234567")).isFalse();
        assertThat(BarcodePolicy.isValid("40063813339311")).isFalse();
        assertThat(BarcodePolicy.isValid("40063813339A1")).isFalse();
        assertThat(BarcodePolicy.isValid(null)).isFalse();
    }

    @Test
    void a_rejected_code_names_the_field() {
        assertThatThrownBy(() -> BarcodePolicy.require("code", "4006381333932"))
                .isInstanceOfSatisfying(Rejection.class,
                        p -> assertThat(p.faults().get(0).field()).isEqualTo("code"));
    }
}
