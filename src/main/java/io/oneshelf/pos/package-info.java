/**
 * The store counter (收銀, decision 0043): a store's tills, the shifts cashiers open with a cash float and close
 * with a count by denomination (expected cash, over/short, tender totals, the shift report and its PDF, the
 * store's Z-report per day), sales at a till — placed through the order module as {@code POS} orders, once per
 * till and device sale id — with hand discounts within the cashier's role, returns at the counter refunded to the
 * order's tenders (cash out of the till's drawer), held sales, audited voids, and the sync of sales a till made
 * offline: each applied once, as sold, and flagged in a conflict list when it could not be applied as recorded.
 * Also the cache a till keeps to sell without the server ({@code snapshot}, decision 0046: catalog, prices,
 * promotions, members, the cashier's rights), read through those modules' APIs.
 * Depends on {@code platform}, {@code org} for stores and scopes, {@code catalog}, {@code inventory}'s
 * availability, {@code order}'s API and {@code payment}'s ledger of an order's tenders, {@code member},
 * {@code loyalty} (tiers) and {@code promotion} for the till's cache.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "catalog", "inventory", "order", "order::fulfilment", "payment",
                "member", "loyalty", "promotion"})
package io.oneshelf.pos;
