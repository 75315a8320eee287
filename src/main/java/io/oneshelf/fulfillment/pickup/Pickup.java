package io.oneshelf.fulfillment.pickup;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The code that lets a customer collect a paid order at its store, and what became of it: collected (by whom,
 * when) or voided with its order. Guards its own transitions ({@link PickupStatus#TRANSITIONS}).
 */
record Pickup(UUID orderId, UUID tenantId, String orderNumber, UUID storeId, UUID customerId, String code,
              PickupStatus status, OffsetDateTime issuedAt, Collector collectedBy, OffsetDateTime collectedAt,
              OffsetDateTime voidedAt, int version) {

    /** Who verified the code: a staff member or API client. */
    record Collector(String kind, UUID id, String name) {
    }

    Pickup collected(Collector by) {
        PickupStatus.TRANSITIONS.check(status, PickupStatus.COLLECTED);
        return new Pickup(orderId, tenantId, orderNumber, storeId, customerId, code, PickupStatus.COLLECTED,
                issuedAt, by, collectedAt, voidedAt, version);
    }

    Pickup voided() {
        PickupStatus.TRANSITIONS.check(status, PickupStatus.VOIDED);
        return new Pickup(orderId, tenantId, orderNumber, storeId, customerId, code, PickupStatus.VOIDED, issuedAt,
                collectedBy, collectedAt, voidedAt, version);
    }
}
