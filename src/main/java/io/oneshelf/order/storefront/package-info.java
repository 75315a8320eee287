/**
 * The storefront's API ({@code /api/v1/shop/{brandCode}/…}): browsing the shelf anonymously (categories, products
 * with the one price resolution's ONLINE_MALL price, online stock and the stores that have them), and, for the
 * signed-in customer ({@link io.oneshelf.platform.security.Shopper}), the cart, checkout and their own orders. It
 * calls the same {@link io.oneshelf.order.Orders} and {@link io.oneshelf.order.Carts} as the till and the guides.
 */
package io.oneshelf.order.storefront;
