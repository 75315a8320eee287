package io.oneshelf.loyalty.points;

import io.oneshelf.loyalty.tier.TierDesk;
import io.oneshelf.platform.web.Page;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the points endpoints answer. */
final class PointsViews {

    private PointsViews() {
    }

    /** A customer's points: the balance, what it is worth in fen at the brand's rate, and a page of their history. */
    record Points(UUID customerId, long balance, long worth, int redeemPerYuan, Page<Entry> entries) {
    }

    /**
     * One movement: EARN, REVERSE, REDEEM, REFUND or EXPIRE; signed points; the fen of a REDEEM or REFUND; the order
     * (by number where known) or payment it is about; the balance after it.
     */
    record Entry(UUID id, String kind, long points, long amount, UUID orderId, UUID paymentId, String reference,
                 long balance, OffsetDateTime at) {

        static Entry of(PointsEntry e) {
            boolean fen = e.kind().equals("REDEEM") || e.kind().equals("REFUND");
            return new Entry(e.id(), e.kind(), e.points(), fen ? e.amount() : 0, e.orderId(), e.paymentId(),
                    e.reference(), e.balance(), e.at());
        }
    }

    /** A member's own standing, for the shop's member centre: tier and progress, points and their worth. */
    record Membership(TierDesk.Standing tier, long points, long worth, int redeemPerYuan, int maxRedeemPercent) {
    }
}
