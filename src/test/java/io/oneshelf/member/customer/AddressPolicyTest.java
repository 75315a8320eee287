package io.oneshelf.member.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Rejection;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    @Test
    void a_twenty_first_address_is_refused() {
        AddressPolicy.roomForOneMore(19);

        assertThatThrownBy(() -> AddressPolicy.roomForOneMore(20)).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.CONFLICT));
    }

    @Test
    void coordinates_come_both_or_neither() {
        assertThat(AddressPolicy.checked(at(null, null)).latitude()).isNull();
        assertRefusedNaming(at("31.2", null), "longitude");
        assertRefusedNaming(at(null, "121.4"), "latitude");
    }

    @Test
    void coordinates_stay_within_the_globe() {
        assertThat(AddressPolicy.checked(at("90", "-180")).latitude()).isEqualByComparingTo("90");
        assertRefusedNaming(at("90.000001", "121.4"), "latitude");
        assertRefusedNaming(at("-90.5", "121.4"), "latitude");
        assertRefusedNaming(at("31.2", "180.1"), "longitude");
        assertRefusedNaming(at("31.2", "-181"), "longitude");
    }

    @Test
    void coordinates_are_kept_to_six_decimals() {
        AddressDetails checked = AddressPolicy.checked(at("31.2304165", "121.47370149"));

        assertThat(checked.latitude()).isEqualTo(new BigDecimal("31.230417"));
        assertThat(checked.longitude()).isEqualTo(new BigDecimal("121.473701"));
    }

    private static void assertRefusedNaming(AddressDetails details, String field) {
        assertThatThrownBy(() -> AddressPolicy.checked(details)).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.faults()).extracting(Rejection.Fault::field).containsExactly(field));
    }

    private static AddressDetails at(String latitude, String longitude) {
        return new AddressDetails("Home", new PhoneNumber("13812345678"), "上海市", "上海市", "黄浦区", "人民大道200号",
                decimal(latitude), decimal(longitude), false);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
