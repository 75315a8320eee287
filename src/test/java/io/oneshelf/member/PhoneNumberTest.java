package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void a_mobile_number_as_people_write_it_is_kept_as_eleven_digits() {
        assertThat(PhoneNumber.parse("13812345678")).contains(new PhoneNumber("13812345678"));
        assertThat(PhoneNumber.parse(" 138 1234 5678 ")).contains(new PhoneNumber("13812345678"));
        assertThat(PhoneNumber.parse("138-1234-5678")).contains(new PhoneNumber("13812345678"));
        assertThat(PhoneNumber.parse("+86 138 1234 5678")).contains(new PhoneNumber("13812345678"));
        assertThat(PhoneNumber.parse("+8613812345678")).contains(new PhoneNumber("13812345678"));
        assertThat(PhoneNumber.parse("008613812345678")).contains(new PhoneNumber("13812345678"));
        assertThat(PhoneNumber.parse("8619912345678")).contains(new PhoneNumber("19912345678"));
    }

    @Test
    void landlines_foreign_numbers_and_other_text_are_no_mobile_numbers() {
        assertThat(PhoneNumber.parse("021-62880001")).isEmpty();
        assertThat(PhoneNumber.parse("12812345678")).as("no mobile prefix 12").isEmpty();
        assertThat(PhoneNumber.parse("1381234567")).as("ten digits").isEmpty();
        assertThat(PhoneNumber.parse("138123456789")).as("twelve digits").isEmpty();
        assertThat(PhoneNumber.parse("+1 415 555 0100")).isEmpty();
        assertThat(PhoneNumber.parse("138１２３４５６７８")).as("full-width digits").isEmpty();
        assertThat(PhoneNumber.parse("")).isEmpty();
        assertThat(PhoneNumber.parse(null)).isEmpty();
        assertThat(PhoneNumber.parse("1".repeat(40))).isEmpty();
    }

    @Test
    void a_masked_number_shows_the_first_three_and_last_four_digits() {
        assertThat(new PhoneNumber("13812341234").masked()).isEqualTo("138****1234");
    }
}
