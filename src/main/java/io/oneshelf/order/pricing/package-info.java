/**
 * Checkout pricing as other modules may extend it: a {@link io.oneshelf.order.pricing.PricingStep} bean of another
 * module (member tiers, promotions, coupons) joins the {@link io.oneshelf.order.pricing.PricingPipeline} in its
 * {@code @Order}, reading and adding to the {@link io.oneshelf.order.pricing.Checkout}.
 */
@org.springframework.modulith.NamedInterface("pricing")
package io.oneshelf.order.pricing;
