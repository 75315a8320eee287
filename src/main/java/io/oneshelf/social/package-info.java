/**
 * Social commerce (社交电商): group buying (拼团, {@code group}) and bargaining (砍价, {@code bargain}) campaigns, each
 * selling one SKU at its own price up to an allocation from the one stock pool, and the share posters of both
 * ({@code share}, with their share codes and links). A customer opens or joins a group, or buys a bargain, by placing an order that names the campaign
 * ({@link io.oneshelf.order.OrderCampaign}); this module's pricing step ({@code order::pricing}) prices it and records
 * the place in the group or the purchase in the order's transaction, and it follows the order's payment and
 * cancellation through order events. A group that does not fill in time is failed by a job safe with several
 * instances, and its paid members refunded by cancelling their orders. Depends on {@code platform}, {@code org} for
 * brands and stores, {@code catalog} for SKUs, prices and pictures, {@code inventory} for the online stock an
 * allocation may not exceed, {@code member} for customers' addresses and names, {@code order}'s API (with its
 * pricing steps and fulfilment kinds) and {@code payment}'s tenders (a group joined at the till).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "catalog", "inventory", "member", "order", "order::pricing",
                "order::fulfilment", "payment"})
package io.oneshelf.social;
