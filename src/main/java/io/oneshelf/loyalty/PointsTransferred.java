package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.UUID;

/**
 * Points followed a customer merge: {@code points} moved from {@code fromCustomerId} to {@code toCustomerId} as a
 * transfer pair in the ledger. {@code undo}: the merge {@code mergeId} was undone and this gives back what it moved;
 * {@code shortfall} is what could not be given back because the survivor had spent it since (0 on a merge).
 */
@EventType("loyalty.points.transferred")
public record PointsTransferred(UUID brandId, UUID mergeId, UUID fromCustomerId, UUID toCustomerId, long points,
                                long shortfall, boolean undo) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return toCustomerId;
    }
}
