package io.oneshelf.platform.security;

/** What a role may do; the code is the authority string checked by {@code @PreAuthorize} and sent to the UI. */
public enum Permission {
    STORE_READ("store:read"),
    STORE_WRITE("store:write"),
    WAREHOUSE_READ("warehouse:read"),
    WAREHOUSE_WRITE("warehouse:write"),
    STAFF_READ("staff:read"),
    STAFF_WRITE("staff:write"),
    ORG_READ("org:read"),
    ORG_WRITE("org:write"),
    API_CLIENT_MANAGE("api-client:manage"),
    AUDIT_READ("audit:read"),
    CATALOG_READ("catalog:read"),
    CATALOG_WRITE("catalog:write"),
    PRICE_READ("price:read"),
    PRICE_WRITE("price:write"),
    STOCK_READ("stock:read"),
    /** Receipts, adjustments and stock location settings. */
    STOCK_WRITE("stock:write"),
    /** Holding stock for a sale (POS, guide, online order), confirming and releasing holds. */
    STOCK_RESERVE("stock:reserve"),
    /** Approving, editing or rejecting the replenishment orders stores send to HQ. */
    STOCK_APPROVE("stock:approve"),
    /** Reading payments (tenders, refunds) and checking the payment ledger. */
    PAYMENT_READ("payment:read"),
    /** Asking a gateway about a pending payment (查询支付结果), e.g. when its notification never came. */
    PAYMENT_QUERY("payment:query"),
    /**
     * Pulling the event feed ({@code GET /api/v1/events}): every business fact within the caller's scope, for
     * integrations that sync with other systems.
     */
    INTEGRATION_EVENTS("integration:events"),
    /** Registering webhook endpoints, reading their delivery log and redelivering (brand-wide admins). */
    INTEGRATION_WEBHOOKS("integration:webhooks"),
    /** Reading orders of the places within the caller's scope. */
    ORDER_READ("order:read"),
    /** Placing orders (a till sale, a guide's order), taking payments for them and cancelling them. */
    ORDER_WRITE("order:write"),
    /** The brand's order rules: unpaid time and delivery fees. */
    ORDER_SETTINGS("order:settings"),
    /**
     * Finding a customer by phone or id (a guide creating an order for them, a cashier at the till); the phone is
     * answered masked (138****1234) unless the caller also has {@link #CUSTOMER_PHONE}.
     */
    CUSTOMER_READ("customer:read"),
    /** Seeing customers' phone numbers unmasked (to call them about an order); see decision 0025. */
    CUSTOMER_PHONE("customer:phone"),
    /** Tagging customers by hand and merging two customers who are one person (undoing, confirming merges). */
    CUSTOMER_MANAGE("customer:manage"),
    /** Reading the fulfilment tasks and pickups of the places within the caller's scope. */
    FULFILLMENT_READ("fulfillment:read"),
    /** Taking the steps of fulfilment tasks (pick, pack, hand over, deliver) and verifying pickup codes (核銷). */
    FULFILLMENT_WRITE("fulfillment:write"),
    /**
     * Reading the franchise settlement ledger and report: brand-wide the whole brand's, a franchisee's account
     * what it owes and is owed, a store's account the entries of its places.
     */
    SETTLEMENT_READ("settlement:read"),
    /** The brand's settlement rule (the share of a line's paid amount owed to the stock's owner). */
    SETTLEMENT_SETTINGS("settlement:settings"),
    /**
     * Reading customers' wallets (balances, history), the brand's top-up plans, the wallet ledger check, the
     * liability per owner and the clearing between owners (a franchisee's account: its own).
     */
    WALLET_READ("wallet:read"),
    /** Topping up a customer's wallet at a store, paid in cash or by card (會員儲值). */
    WALLET_TOP_UP("wallet:top-up"),
    /** The brand's top-up plans (pay 500 get 550). */
    WALLET_SETTINGS("wallet:settings"),
    /**
     * Selling at a store's till (POS): opening and closing one's own shift, sales with hand discounts within the
     * role's limit, holds, returns at the counter, voids (audited), receipts, syncing offline sales.
     */
    POS_SELL("pos:sell"),
    /** The tills of the stores in scope, every shift there, the Z-report, the offline conflicts and settings. */
    POS_MANAGE("pos:manage"),
    /**
     * The shopping guides of the stores in scope: their bound customers (專屬導購), performance, commission ledger
     * and leaderboard; a guide reads only their own customers and ledger.
     */
    GUIDE_READ("guide:read"),
    /**
     * Assigning customers to a guide of a store in scope, handing a leaving guide's customers over; brand-wide, the
     * brand's binding and commission rule.
     */
    GUIDE_MANAGE("guide:manage"),
    /**
     * Distribution (分銷): the brand's settings, levels and rules, its distributors and applications, customers'
     * bindings to referrers, the commission and payout ledgers, withdrawals and their reconciliation.
     */
    DISTRIBUTION_READ("distribution:read"),
    /** Deciding applications and withdrawals (paying them out), setting levels, rules and settings; brand-wide. */
    DISTRIBUTION_MANAGE("distribution:manage"),
    /** Reading the messaging outbox: every message to customers, sent or refused. */
    MESSAGE_READ("message:read"),
    /**
     * Working SOP tasks (completing those of one's own or one's store's pool) and broadcasting to the community
     * groups one runs; a guide works only their own and their store's pool.
     */
    GUIDE_TASK("guide:task"),
    /**
     * The private domain's set-up: SOP playbook rules and their scan (brand-wide), community groups of the stores
     * in scope and their members.
     */
    PRIVATE_DOMAIN_MANAGE("sop:manage"),
    /** Reading the server's metrics ({@code /actuator/prometheus}), which reveal the brand's business volumes. */
    SYSTEM_METRICS("system:metrics");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
