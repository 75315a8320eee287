package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * Wallet value followed a customer merge: each owner's principal and bonus in {@code parts} moved from
 * {@code fromCustomerId}'s wallet to {@code toCustomerId}'s as transfer pairs in the ledger (no clearing: the value
 * keeps its owner). {@code undo}: the merge {@code mergeId} was undone and this gives back what it moved;
 * {@code shortfall} is what could not be given back because the survivor had spent it since (empty on a merge).
 */
@EventType("loyalty.wallet.transferred")
public record WalletTransferred(UUID brandId, UUID mergeId, UUID fromCustomerId, UUID toCustomerId,
                                List<WalletSpent.Part> parts, List<WalletSpent.Part> shortfall, boolean undo)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return toCustomerId;
    }
}
