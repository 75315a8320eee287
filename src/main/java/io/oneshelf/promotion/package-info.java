/**
 * Promotions (營銷): automatic promotions the checkout applies by itself — spend X save Y in tiers (滿減), a percent
 * off a category or a set of SKUs, buy X get Y (the cheapest free) — each with a time window, channels, stores, a
 * priority and whether it excludes the others; flash sales (秒殺, {@code flash}) price a few SKUs lower for
 * signed-in customers up to an allocation and a per-customer limit; coupons come next. Joins order pricing as a
 * {@link io.oneshelf.order.pricing.PricingStep} ({@code order::pricing}) and never the reverse: {@code order}
 * does not know this module. Depends on {@code platform}, {@code org} for stores, {@code catalog} for SKUs and
 * their categories, {@code inventory} for the online stock a flash sale's allocation may not exceed,
 * {@code member} and {@code order}'s API for customers and orders, {@code payment} for refunds, {@code crm} for the
 * customers of an RFM segment (coupons issued to a segment).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "catalog", "inventory", "member", "order", "order::pricing",
                "payment", "crm"})
package io.oneshelf.promotion;
