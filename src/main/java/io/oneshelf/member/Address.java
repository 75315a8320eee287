package io.oneshelf.member;

import java.util.UUID;

/**
 * A delivery address of a customer, as a parcel label reads it (省/市/区 and the street line) with where it is.
 *
 * @param phone     the recipient's mobile number, normalised
 * @param latitude  WGS-84 degrees, as stores' coordinates are; null when the customer gave none (then with
 *                  {@code longitude})
 * @param longitude WGS-84 degrees; null when the customer gave none
 * @param preferred the customer's default address; at most one is
 */
public record Address(UUID id, UUID customerId, String recipient, String phone, String province, String city,
                      String district, String line, Double latitude, Double longitude, boolean preferred) {
}
