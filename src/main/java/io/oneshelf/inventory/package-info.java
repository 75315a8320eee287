/**
 * The stock pool (同庫存): stores and warehouses as stock locations, the append-only stock ledger with the
 * balances kept in step with it in the same transaction, reservations (hold, confirm, release, expire), transfers
 * between places (request, ship, receive with discrepancies, with the stock in transit) and the online sellable
 * quantity, replenishment orders stores send to HQ (approved as transfers) and low-stock alerts. No change of stock
 * ever lets reserved exceed on hand. Other modules use it in process through this package: {@link
 * io.oneshelf.inventory.StockHolds} (hold by reference, confirm, release), {@link
 * io.oneshelf.inventory.StockPostings} (sales and returns by reference) and {@link
 * io.oneshelf.inventory.Availability}, and hear of holds through the {@code Reservation*} events. Depends on
 * {@code platform}, on {@code org} for places and scopes ({@link io.oneshelf.org.Places}) and on {@code catalog}
 * for SKUs ({@link io.oneshelf.catalog.SkuCatalog}); it never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org", "catalog"})
package io.oneshelf.inventory;
