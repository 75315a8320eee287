package io.oneshelf.loyalty;

import io.oneshelf.platform.BusinessEvent;
import io.oneshelf.platform.EventType;
import java.util.List;
import java.util.UUID;

/**
 * A customer paid {@code reference} with their wallet: {@code principal} + {@code bonus} fen taken, by the owners
 * of the value in {@code parts}, at {@code placeId} (null online). A part whose owner is not {@code placeOwner}
 * is owed to the place's owner by the value's owner (the clearing between owners).
 */
@EventType("loyalty.wallet.spent")
public record WalletSpent(UUID brandId, UUID walletId, UUID customerId, UUID paymentId, String reference,
                          long principal, long bonus, UUID placeId, ValueOwner placeOwner, List<Part> parts)
        implements BusinessEvent {

    /** One owner's share of a spend or refund, in fen (positive). */
    public record Part(ValueOwner owner, long principal, long bonus) {
    }

    @Override
    public UUID aggregateId() {
        return walletId;
    }

    @Override
    public List<UUID> placeIds() {
        return placeId == null ? List.of() : List.of(placeId);
    }
}
