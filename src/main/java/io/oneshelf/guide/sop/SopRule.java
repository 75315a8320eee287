package io.oneshelf.guide.sop;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An SOP playbook rule: when {@code kind} holds for a customer ({@code days}: after the first purchase, before the
 * birthday, since the last purchase; {@code threshold}: the wallet balance in fen), a task for their guide or store
 * pool ({@code storeId}: the pool of customers bound to nobody) with a suggested message and link, due in
 * {@code dueDays}; the task counts as converted when the customer pays an order within {@code resultDays}.
 */
record SopRule(UUID id, String name, Kind kind, int days, Long threshold, String message, String link, int dueDays,
               int resultDays, UUID storeId, boolean enabled, int version, OffsetDateTime createdAt) {

    enum Kind {
        AFTER_FIRST_PURCHASE, BIRTHDAY_IN, NO_PURCHASE_FOR, WALLET_BELOW, GROUP_BUY_FAILED;

        /** Whether the scan evaluates it; the others are heard as events. */
        boolean dated() {
            return this != GROUP_BUY_FAILED;
        }
    }
}
