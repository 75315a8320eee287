package io.oneshelf.member.customer;

import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Rejection;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Bodies of the customer's own calls in the shop. */
final class ShopRequests {

    private ShopRequests() {
    }

    record EditShopCustomer(@NotBlank @Size(max = 50) String name) {
    }

    /** A birthday: month 1–12 and day of that month; the year (1900 to this year) only if the customer wants. */
    record SetShopBirthday(@NotNull @Min(1) @Max(12) Integer month, @NotNull @Min(1) @Max(31) Integer day,
                           @Min(1900) @Max(2100) Integer year) {
    }

    /**
     * A delivery address. {@code phone}: the recipient's mainland mobile number, written as people write it.
     * {@code latitude}/{@code longitude}: WGS-84 degrees (convert GCJ-02 from Chinese map SDKs first), both or
     * neither. {@code preferred}: make it the default address (the first address always is).
     */
    record ShopAddressBody(
            @NotBlank @Size(max = 50) String recipient,
            @NotBlank @Size(max = 30) String phone,
            @NotBlank @Size(max = 30) String province,
            @NotBlank @Size(max = 30) String city,
            @NotBlank @Size(max = 30) String district,
            @NotBlank @Size(max = 200) String line,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            Boolean preferred) {

        AddressDetails details() {
            return ShopRequests.details(recipient, phone, province, city, district, line, latitude, longitude,
                    preferred);
        }
    }

    /** An address as a whole, with the version read. */
    record EditShopAddress(
            @NotBlank @Size(max = 50) String recipient,
            @NotBlank @Size(max = 30) String phone,
            @NotBlank @Size(max = 30) String province,
            @NotBlank @Size(max = 30) String city,
            @NotBlank @Size(max = 30) String district,
            @NotBlank @Size(max = 200) String line,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            Boolean preferred,
            @NotNull Integer version) {

        AddressDetails details() {
            return ShopRequests.details(recipient, phone, province, city, district, line, latitude, longitude,
                    preferred);
        }
    }

    private static AddressDetails details(String recipient, String phone, String province, String city,
                                          String district, String line, BigDecimal latitude, BigDecimal longitude,
                                          Boolean preferred) {
        PhoneNumber number = PhoneNumber.parse(phone)
                .orElseThrow(() -> Rejection.invalid("phone", "member.phone.invalid"));
        return new AddressDetails(recipient.strip(), number, province.strip(), city.strip(), district.strip(),
                line.strip(), latitude, longitude, Boolean.TRUE.equals(preferred));
    }
}
