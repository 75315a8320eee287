package io.oneshelf.inventory.stock;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Read-only answers about stock that are not a single balance or movement. */
final class StockViews {

    private StockViews() {
    }

    /** A SKU x location where the balance does not equal the sums of its ledger; a healthy tenant has none. */
    record Difference(UUID skuId, UUID locationId, long onHand, long reserved, long ledgerOnHand,
                      long ledgerReserved) {
    }

    /**
     * What a check proved: the scope, how many balances, and up to where: the movements in the brand's
     * checkpoints (advanced at {@code checkpointAt}) plus those read since, as of {@code checkedAt}.
     */
    record Reconciliation(UUID locationId, UUID skuId, int balancesChecked, long movementsInCheckpoints,
                          OffsetDateTime checkpointAt, long movementsSinceCheckpoint, OffsetDateTime checkedAt,
                          OffsetDateTime lastFullVerificationAt, List<Difference> differences) {
    }

    /** A full re-verification of the brand's ledger: its progress, and what it found (the first 100). */
    record Verification(UUID id, String status, String requestedBy, int balancesTotal, int balancesDone,
                        long movementsRead, int differences, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                        List<Finding> findings) {

        Verification withFindings(List<Finding> found) {
            return new Verification(id, status, requestedBy, balancesTotal, balancesDone, movementsRead, differences,
                    startedAt, finishedAt, found);
        }
    }

    /**
     * A balance (subject BALANCE) that is not the sum of its whole ledger, or a checkpoint (CHECKPOINT) that is not
     * the sum of the movements below the horizon; the verification rewrote the checkpoint.
     */
    record Finding(String subject, UUID skuId, UUID locationId, long onHand, long reserved, long ledgerOnHand,
                   long ledgerReserved) {
    }

    record PlaceStock(UUID placeId, String kind, String code, String name, boolean sharedWithOnline,
                      long available) {
    }

    /** What the online channel may sell of a SKU, and where it is on the shelf for pick-up in store. */
    record OnlineStock(UUID skuId, long onlineSellable, List<PlaceStock> places) {
    }
}
