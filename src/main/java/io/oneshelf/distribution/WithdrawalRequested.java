package io.oneshelf.distribution;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** A distributor asked to withdraw {@code amount} fen of their available commission; it is held until staff decide. */
@EventType("distribution.withdrawal.requested")
public record WithdrawalRequested(UUID brandId, UUID withdrawalId, UUID distributorId, long amount)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return withdrawalId;
    }
}
