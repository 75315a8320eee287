/**
 * Payments (收款): tenders of anything payable by reference (cash with change, bank card, WeChat Pay through a
 * {@code PaymentProvider}, with a sandbox gateway served by OneShelf itself that behaves like WeChat Pay API v3),
 * refunds back to the tenders that paid, signed notifications verified and applied exactly once, and the payment
 * ledger. Other modules use it through {@link io.oneshelf.payment.Payments} and hear of money through its events.
 * Knows nothing of orders: a reference is the caller's. Depends on {@code platform}, and on {@code org} only for
 * the places a staff member's scope reaches ({@link io.oneshelf.org.Places}), to show each the tenders taken there.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org"})
package io.oneshelf.payment;
