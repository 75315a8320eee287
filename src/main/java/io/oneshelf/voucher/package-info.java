/**
 * Service vouchers (服務券, 線上預訂·線下消費): a SKU the brand's plan marks as a voucher ("5 car washes", valid
 * 180 days) is bought online or by a guide as a {@code VOUCHER} order at a store, or at the till; when the order is
 * paid each unit becomes a voucher with a twelve-digit code and a QR image, which the store's staff redeem (核銷)
 * in part or whole until it expires; the unused part is refunded through the order (a return of an untouched
 * voucher) or the payment (the unused share of a partly used one). Hears of orders through the order module's
 * events, answers checkout which SKUs are vouchers ({@link io.oneshelf.order.ServiceVouchers}); depends on
 * {@code platform}, {@code org} for places and scopes, {@code catalog} for SKUs, {@code order}'s API and
 * {@code payment}'s refunds.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "catalog", "order", "payment"})
package io.oneshelf.voucher;
