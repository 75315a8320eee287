/**
 * What a customer holds with the brand (會員權益): the stored-value wallet (會員儲值: top-ups with bonus, principal and
 * bonus kept apart, spent and refunded as a tender, the liability per owner, clearing between owners), points
 * (earned on paid orders, spent as a tender, expired by rule, reversed on refunds) and tiers by growth. Each is an
 * append-only ledger that reconciles. Pays as the {@code WALLET} and {@code POINTS} tenders through payment's
 * {@link io.oneshelf.payment.AccountTender}; hears of orders and payments through their events; keeps each
 * customer's tier itself ({@code loyalty.tier}, decision 0037) and sets it on the checkout before the price book's
 * step, so the price book's tier rows apply. A separate module from {@code member} because it listens to
 * orders, which already depend on members.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "org", "catalog", "member", "order", "order::pricing", "payment"})
package io.oneshelf.loyalty;
