package io.oneshelf.loyalty.tier;

/**
 * One member tier of a brand: its code (the one the price book's TIER rows name, so its members get those prices),
 * the growth over the window that reaches it, and its benefits: a points multiplier (100 = the brand's rate), free
 * shipping, and points given on the member's birthday.
 */
public record Tier(String code, String name, long threshold, int multiplierPercent, boolean freeShipping,
                   long birthdayPoints) {
}
