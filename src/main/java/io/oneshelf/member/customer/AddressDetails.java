package io.oneshelf.member.customer;

import io.oneshelf.member.PhoneNumber;
import java.math.BigDecimal;

/**
 * What a customer says about one delivery address; the names are those of the shop's API body, so that a refusal
 * names the customer's own field.
 *
 * @param latitude  WGS-84 degrees, or null together with {@code longitude}
 */
public record AddressDetails(String recipient, PhoneNumber phone, String province, String city, String district,
                             String line, BigDecimal latitude, BigDecimal longitude, boolean preferred) {
}
