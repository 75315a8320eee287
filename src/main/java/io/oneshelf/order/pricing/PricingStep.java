package io.oneshelf.order.pricing;

/**
 * One step of checkout pricing. Steps run in their {@link org.springframework.core.annotation.Order}: the price
 * book ({@link BookPrices}, 100), then member prices and promotions as they come (200–700), then the shipping
 * fee ({@link ShippingFee}, 900). A step reads what earlier steps set and adds its own part (a discount through
 * {@link Checkout#discountLine} or {@link Checkout#discountBasket}, naming the rule that gives it); it refuses with a
 * {@link io.oneshelf.platform.Rejection} naming the line at fault.
 */
public interface PricingStep {

    void apply(Checkout checkout);
}
