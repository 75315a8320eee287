/**
 * Shopping guides (智慧導購): customers bound to an exclusive guide (專屬導購) by the guide's share link, by being
 * served at the till, or by a manager's assignment, one binding at a time with every earlier one kept; handovers of a
 * leaving guide's customers to another guide or the store's pool, the customers told through the
 * {@code messaging} module; the guides' sales and commission ledger (earned on paid orders credited to them,
 * reversed in proportion to refunds, reconciling with the orders), their performance per period and a leaderboard
 * per store; the guides' content (導購種草: posts and product shares with tracked links, their views, visitors,
 * add-to-carts and the paid orders attributed to them by last touch, decision 0054). Credits online orders to guides
 * by implementing order's {@link io.oneshelf.order.GuideAttribution}, so
 * that orders do not depend on guides (decision 0051). Depends on {@code platform}, {@code org}, {@code member},
 * {@code order}, {@code payment} (refund events), {@code messaging}, and {@code catalog} only for the demo's sale.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "member", "order", "order::fulfilment", "payment", "messaging",
                               "catalog", "loyalty", "social"})
package io.oneshelf.guide;
