package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A customer's wallet was credited with a paid top-up: {@code principal} fen paid, {@code bonus} fen added by the
 * plan, both owned by {@code owner} (the owner of the store that took it, the brand online).
 */
@EventType("loyalty.wallet.topped-up")
public record WalletToppedUp(UUID brandId, UUID walletId, UUID customerId, UUID topUpId, UUID planId,
                             long principal, long bonus, ValueOwner owner, UUID placeId, UUID paymentId)
        implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return walletId;
    }

    @Override
    public List<UUID> placeIds() {
        return placeId == null ? List.of() : List.of(placeId);
    }
}
