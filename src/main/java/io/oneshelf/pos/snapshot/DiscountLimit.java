package io.oneshelf.pos.snapshot;

import io.oneshelf.platform.security.Role;

/** How much of a line's amount a role may take off by hand at the till, in percent (the POS contract). */
final class DiscountLimit {

    private DiscountLimit() {
    }

    static int percentOf(Role role) {
        return switch (role) {
            case HQ_ADMIN -> 100;
            case REGION_MANAGER -> 50;
            case STORE_MANAGER -> 30;
            case CASHIER -> 10;
            default -> 0;
        };
    }
}
