/**
 * Distribution (分銷裂變): members apply (or are invited by a distributor's code) and staff approve them as
 * distributors of a brand-defined level; customers are bound to a referrer by share link or code under the brand's
 * rule (first or last touch, a binding lifetime, a protection period against rebinding), every binding kept; a paid
 * order of a bound customer earns commission for the referrer and the referrer's inviter (two levels at most), line
 * by line on the lines' apportioned paid amounts at the rates of SKU, category or level rules; it is pending through
 * the brand's return window (a refund takes back its share), then available (a later refund claws it back) and
 * withdrawable, paid out through the payment module's gateway transfer after staff approve. Both ledgers only ever
 * gain rows and reconcile with the orders and refunds (decision 0052). Depends on {@code platform}, {@code member},
 * {@code order}, {@code payment} (refund events, transfers), {@code catalog} (the categories of SKUs), and
 * {@code org} and {@code order::fulfilment} only for the demo's till sales.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "member", "order", "order::fulfilment", "payment", "catalog"})
package io.oneshelf.distribution;
