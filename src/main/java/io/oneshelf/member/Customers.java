package io.oneshelf.member;

import java.util.Optional;
import java.util.UUID;

/**
 * The brand's customers, in process. A customer is never another brand's: every call names the brand, and an id
 * of another brand's customer is not found.
 */
public interface Customers {

    Optional<Customer> find(UUID brandId, UUID customerId);

    /**
     * The customer with this mobile number, registered now when the brand has none (a guide creating an order for
     * a new customer by phone); a new customer is announced by {@link CustomerRegistered}. Joins the caller's
     * transaction, so a rolled-back order registers nobody. {@code phone} is read as people write it (see
     * {@link PhoneNumber#parse}); one that is not a mainland mobile number is refused ({@code INVALID} on
     * {@code phone}). {@code source} says who registered them ({@code guide-order}, {@code pos} …: 1–32 lower-case
     * letters, digits and dashes; {@code INVALID} on {@code source} otherwise). {@code brandId} must be a brand.
     */
    Customer findOrRegisterByPhone(UUID brandId, String phone, String source);

    /** The customer with this mobile number, read as {@link #findOrRegisterByPhone} reads it; empty when none. */
    Optional<Customer> findByPhone(UUID brandId, String phone);
}
