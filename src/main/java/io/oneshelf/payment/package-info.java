/**
 * Payments (收款): tenders of anything payable by reference (cash with change, bank card, WeChat Pay through a
 * {@code PaymentProvider}, with a sandbox gateway served by OneShelf itself that behaves like WeChat Pay API v3),
 * refunds back to the tenders that paid, signed notifications verified and applied exactly once, and the payment
 * ledger. Other modules use it through {@link io.oneshelf.payment.Payments} and hear of money through its events.
 * Knows nothing of orders: a reference is the caller's. Depends on {@code platform} only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package io.oneshelf.payment;
