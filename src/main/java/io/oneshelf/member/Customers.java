package io.oneshelf.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The brand's customers, in process. A customer is never another brand's: every call names the brand, and an id
 * of another brand's customer is not found.
 */
public interface Customers {

    Optional<Customer> find(UUID brandId, UUID customerId);

    /**
     * The customer this one is now: the one they were merged into (following merges of merges), else themselves.
     * Empty when the brand has no such customer. A till that sold to a member offline finds whom to credit.
     */
    Optional<Customer> current(UUID brandId, UUID customerId);

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

    /**
     * The customer recognised by one of their identities: a phone (read as {@link #findByPhone} reads it), a member
     * card number (as printed or in the member QR code), a WeChat openid or unionid, an email. A customer merged
     * into another is found as the one they were merged into (支付即會員: the till and payments find the member by
     * whatever they have). Empty when none.
     */
    Optional<Customer> findByIdentity(UUID brandId, IdentityKind kind, String value);

    /**
     * Links an identity (a WeChat openid that paid the customer's order: 支付即會員) to the customer, unless someone
     * holds it already; a new link is announced by {@link CustomerIdentityLinked}. Answers who holds it now.
     */
    UUID link(UUID brandId, UUID customerId, IdentityKind kind, String value);

    /** The customer's birthday, if they told it. */
    Optional<Birthday> birthday(UUID brandId, UUID customerId);

    /**
     * The brand's customers (not merged into another, not anonymised) whose birthday falls on {@code date} (see
     * {@link Birthday#fallsOn}), in id order.
     */
    List<UUID> bornOn(UUID brandId, LocalDate date);
}
