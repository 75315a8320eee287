package io.oneshelf.platform.security;

import static io.oneshelf.platform.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The staff roles of a chain brand, what each may do, which scope kinds fit it, and which roles it may hand
 * out. This enum is the single permission matrix of the system.
 */
public enum Role {
    HQ_ADMIN(EnumSet.allOf(Permission.class), EnumSet.of(ScopeType.BRAND)),
    REGION_MANAGER(EnumSet.of(STORE_READ, STORE_WRITE, WAREHOUSE_READ, STAFF_READ, STAFF_WRITE, ORG_READ,
            CATALOG_READ, PRICE_READ, STOCK_READ, STOCK_WRITE, STOCK_APPROVE, INTEGRATION_EVENTS, ORDER_READ,
            ORDER_WRITE, CUSTOMER_READ, PAYMENT_READ, PAYMENT_QUERY, FULFILLMENT_READ, FULFILLMENT_WRITE,
            WALLET_READ, WALLET_TOP_UP, POS_SELL, POS_MANAGE, GUIDE_READ, GUIDE_MANAGE, MESSAGE_READ, GUIDE_TASK,
            PRIVATE_DOMAIN_MANAGE),
            EnumSet.of(ScopeType.REGION)),
    STORE_MANAGER(EnumSet.of(STORE_READ, STAFF_READ, STAFF_WRITE, CATALOG_READ, PRICE_READ, STOCK_READ, STOCK_WRITE,
            INTEGRATION_EVENTS, ORDER_READ, ORDER_WRITE, CUSTOMER_READ, CUSTOMER_PHONE, PAYMENT_READ, PAYMENT_QUERY,
            FULFILLMENT_READ, FULFILLMENT_WRITE, SETTLEMENT_READ, WALLET_READ, WALLET_TOP_UP, POS_SELL, POS_MANAGE,
            GUIDE_READ, GUIDE_MANAGE, MESSAGE_READ, GUIDE_TASK, PRIVATE_DOMAIN_MANAGE),
            EnumSet.of(ScopeType.STORE, ScopeType.FRANCHISEE)),
    CASHIER(EnumSet.of(CATALOG_READ, PRICE_READ, STOCK_READ, STOCK_RESERVE, ORDER_READ, ORDER_WRITE, CUSTOMER_READ,
            FULFILLMENT_READ, FULFILLMENT_WRITE, WALLET_READ, WALLET_TOP_UP, POS_SELL),
            EnumSet.of(ScopeType.STORE)),
    GUIDE(EnumSet.of(CATALOG_READ, PRICE_READ, STOCK_READ, STOCK_RESERVE, ORDER_READ, ORDER_WRITE, CUSTOMER_READ,
            FULFILLMENT_READ, FULFILLMENT_WRITE, GUIDE_READ, GUIDE_TASK),
            EnumSet.of(ScopeType.STORE)),
    FINANCE(EnumSet.of(STORE_READ, WAREHOUSE_READ, STAFF_READ, ORG_READ, CATALOG_READ, PRICE_READ, STOCK_READ,
            ORDER_READ, PAYMENT_READ, PAYMENT_QUERY, FULFILLMENT_READ, SETTLEMENT_READ, WALLET_READ, GUIDE_READ),
            EnumSet.of(ScopeType.BRAND, ScopeType.REGION, ScopeType.FRANCHISEE));

    private final Set<Permission> permissions;
    private final Set<ScopeType> scopeTypes;

    Role(Set<Permission> permissions, Set<ScopeType> scopeTypes) {
        this.permissions = permissions;
        this.scopeTypes = scopeTypes;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean fits(ScopeType scopeType) {
        return scopeTypes.contains(scopeType);
    }

    /** Managers hand out only the roles below them; HQ admins hand out any. */
    public boolean mayGrant(Role other) {
        return switch (this) {
            case HQ_ADMIN -> true;
            case REGION_MANAGER -> EnumSet.of(STORE_MANAGER, CASHIER, GUIDE).contains(other);
            case STORE_MANAGER -> EnumSet.of(CASHIER, GUIDE).contains(other);
            default -> false;
        };
    }
}
