package io.oneshelf.member;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer of a brand: one per mobile number per brand.
 *
 * @param phone        the mobile number, normalised (11 digits, see {@link PhoneNumber})
 * @param name         what the customer calls themselves; null until they say
 * @param registeredAt when the customer first signed in, or was registered by staff
 */
public record Customer(UUID id, UUID brandId, String phone, String name, OffsetDateTime registeredAt) {
}
