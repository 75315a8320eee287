package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A wallet payment of {@code reference} was refunded to the wallet: {@code principal} + {@code bonus} fen given back
 * to the owners it was taken from, in the spend's split ({@code parts}); {@code refundId} is the refund part.
 */
@EventType("loyalty.wallet.refunded")
public record WalletRefunded(UUID brandId, UUID walletId, UUID customerId, UUID paymentId, UUID refundId,
                             String reference, long principal, long bonus, UUID placeId, ValueOwner placeOwner,
                             List<WalletSpent.Part> parts) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return walletId;
    }

    @Override
    public List<UUID> placeIds() {
        return placeId == null ? List.of() : List.of(placeId);
    }
}
