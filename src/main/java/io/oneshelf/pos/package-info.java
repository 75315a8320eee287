/**
 * The store counter (收銀, issue 13): tills, shifts, sales at the counter and their offline sync, receipts, and the
 * cache a till keeps to sell without the server ({@code snapshot}: catalog, prices, promotions, members, the
 * cashier's rights; decision 0046). Sells through {@code order}'s API, reads the catalog, members, tiers and
 * promotions through theirs; never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "catalog", "member", "loyalty", "promotion", "order"})
package io.oneshelf.pos;
