package io.oneshelf.social.bargain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A bargain campaign (砍价): SKU {@code skuId} from {@code startPrice} down to {@code floorPrice} fen in
 * {@code helpersNeeded} cuts by friends, each bargain within {@code limitMinutes} of its start; a member helps at most
 * {@code helpsPerDay} bargains of it a day; up to {@code allocation} units from the one pool are sold ({@code sold}).
 * Online only: a bargain is shared and bought on the phone.
 */
record BargainCampaign(UUID id, String name, UUID skuId, long startPrice, long floorPrice, int helpersNeeded,
                       int limitMinutes, int helpsPerDay, int allocation, int sold, OffsetDateTime startsAt,
                       OffsetDateTime endsAt, boolean active, int version, OffsetDateTime createdAt)
        implements io.oneshelf.social.share.CampaignDesk.Campaign {

    static final String KIND = "BARGAIN";

    boolean runsAt(OffsetDateTime at) {
        return active && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    int remaining() {
        return allocation - sold;
    }
}
