package io.oneshelf.distribution;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/** An approved withdrawal was paid to the distributor's WeChat balance by the gateway's transfer {@code transferId}. */
@EventType("distribution.withdrawal.paid")
public record WithdrawalPaid(UUID brandId, UUID withdrawalId, UUID distributorId, long amount, String transferId)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return withdrawalId;
    }
}
