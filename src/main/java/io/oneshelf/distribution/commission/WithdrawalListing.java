package io.oneshelf.distribution.commission;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A withdrawal as the console lists it: with the distributor's share code and the member's name and masked phone. */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributionWithdrawalListing")
record WithdrawalListing(UUID id, UUID distributorId, String distributorCode, String distributorName, long amount,
                         String status, OffsetDateTime requestedAt, OffsetDateTime decidedAt, UUID decidedBy,
                         String transferId, String reason) {

    static WithdrawalListing of(Withdrawal w, String code, String name) {
        return new WithdrawalListing(w.id(), w.distributorId(), code, name, w.amount(), w.status(), w.requestedAt(),
                w.decidedAt(), w.decidedBy(), w.transferId(), w.reason());
    }
}
