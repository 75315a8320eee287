/**
 * Fulfilment (履約): what happens to an order between its payment and its customer. Owns pickup codes for orders
 * collected at a store (six random digits with a QR image, verified at that store by its staff: 核銷), the tasks
 * of each place that ships or prepares an order (pick, pack, hand over to a carrier or a same-city courier,
 * delivery), and the record of every step with who made it and when. Hears of orders through the order module's
 * events ({@code OrderPaid}, {@code OrderCancelled}) and moves them along through {@link io.oneshelf.order.Orders};
 * the storefront reaches a customer's own pickup code through {@link io.oneshelf.fulfillment.Pickups}. Depends on
 * {@code platform}, on {@code org} for places and scopes, and on {@code order}'s API; never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org", "order"})
package io.oneshelf.fulfillment;
