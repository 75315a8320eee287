package io.oneshelf.pos.till;

import io.oneshelf.platform.security.Role;

/**
 * How much of a line's amount each role may take off by hand at the till, in percent: a cashier a little, a
 * manager more, HQ anything. Roles that do not sell at a till take nothing off.
 */
final class DiscountLimits {

    private DiscountLimits() {
    }

    static int percent(Role role) {
        if (role == null) {
            return 0;
        }
        return switch (role) {
            case HQ_ADMIN -> 100;
            case REGION_MANAGER -> 50;
            case STORE_MANAGER -> 30;
            case CASHIER -> 10;
            default -> 0;
        };
    }
}
