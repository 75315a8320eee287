package io.oneshelf.social;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Group buy groups by their share code, for a till that scans one (拼团码) before joining the customer to it. */
public interface GroupCodes {

    /** The brand's group of that share code, as it stands now; empty when the brand has none. */
    Optional<GroupCard> find(UUID brandId, String code);

    /**
     * A group as a till shows it: its campaign's SKU and group price (fen), its status ({@code OPENING}, {@code OPEN},
     * {@code SUCCEEDED}, {@code FAILED}), places paid and still free, and when its time runs out.
     */
    record GroupCard(UUID groupId, String code, UUID groupBuyId, String campaignName, UUID skuId, long groupPrice,
                     String status, int size, int paidMembers, int freePlaces, OffsetDateTime expiresAt) {
    }
}
