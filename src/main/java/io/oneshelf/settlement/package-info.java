/**
 * Franchise settlement (加盟結算): who owes whom when one owner's stock fulfils another owner's order. Every
 * place's stock belongs to the brand or to the franchisee that runs the place; an order belongs to its seller
 * (the brand for the online shop, the owner of the till's or pickup store, the owner of a guide's store). When a
 * line of a paid order is fulfilled from another owner's stock, the seller owes that owner a share of the line's
 * paid amount (the brand's settlement rule), recorded in an append-only ledger and corrected by returns and
 * cancellations.
 * Stored value is cleared the same way: value a franchisee's store sold as a wallet top-up and spent at another
 * owner's place (or online) makes its owner owe the place's owner, heard from the loyalty module's wallet events and
 * summed in the same report (decision 0036).
 * Hears of orders through the order module's events and reads them through {@link io.oneshelf.order.Orders};
 * depends on {@code platform} and on {@code org} for places, scopes and brands; never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "org", "order", "loyalty"})
package io.oneshelf.settlement;
