package io.oneshelf.payment.tender;

import java.util.ArrayList;
import java.util.List;

/**
 * Spreads a refund over the tenders that paid, the newest first (the change a customer made last is undone
 * first, and a gateway payment's refund window is the most likely still open), each taking at most what it may
 * still refund. Refuses nothing: the caller has checked that the tenders together cover the amount.
 */
final class RefundAllocation {

    private RefundAllocation() {
    }

    /** One share: the tender's index in the list given and the amount it refunds. */
    record Share(int tender, long amount) {
    }

    /** {@code refundable} per tender, newest first; the shares, in that order, sum to {@code amount}. */
    static List<Share> newestFirst(List<Long> refundable, long amount) {
        long total = refundable.stream().mapToLong(Long::longValue).sum();
        if (amount <= 0 || amount > total) {
            throw new IllegalArgumentException("Cannot allocate " + amount + " over " + total);
        }
        List<Share> shares = new ArrayList<>();
        long left = amount;
        for (int i = 0; i < refundable.size() && left > 0; i++) {
            long share = Math.min(left, refundable.get(i));
            if (share > 0) {
                shares.add(new Share(i, share));
                left -= share;
            }
        }
        return shares;
    }
}
