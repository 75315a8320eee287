package io.oneshelf.order.sale;

import io.oneshelf.platform.security.Actor;
import java.util.UUID;

/** Who changed an order, for its timeline: a staff member or API client, the customer, or the system. */
record Who(String kind, UUID id, String name) {

    static final Who SYSTEM = new Who("SYSTEM", null, null);

    static Who of(Actor staff, UUID customerId) {
        if (staff != null) {
            return new Who(staff.kind().name(), staff.id(), staff.name());
        }
        return customerId != null ? new Who("CUSTOMER", customerId, null) : SYSTEM;
    }
}
