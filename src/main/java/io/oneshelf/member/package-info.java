/**
 * The brand's customers (会员): customer accounts, one per mobile number per brand, signed in on the brand's shop by
 * phone and a one-time SMS code ({@link io.oneshelf.member.SmsSender}), with their delivery addresses (with
 * coordinates). Later also tiers, points, wallets, tags and segments. Other modules find customers through
 * {@link io.oneshelf.member.Customers} (a guide's order registers a new phone) and their addresses through
 * {@link io.oneshelf.member.Addresses}, and hear of them through the {@code Customer*} events. A signed-in customer
 * of a shop request is {@link io.oneshelf.platform.security.Shopper#current()} (decision 0025). Depends on
 * {@code platform} and on {@code org} for finding a brand by its code ({@link io.oneshelf.org.Brands}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org"})
package io.oneshelf.member;
