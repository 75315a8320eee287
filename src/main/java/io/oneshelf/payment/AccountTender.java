package io.oneshelf.payment;

import java.util.UUID;

/**
 * A tender drawn from an account another module keeps for the payer: a member's stored-value wallet, their points.
 * The module that keeps the account implements this (one bean per {@link Tender#account() account tender}); the
 * payment module calls it in the caller's transaction when such a tender is taken and when it is refunded, so the
 * account's ledger and the payment ledger commit together or not at all.
 */
public interface AccountTender {

    /** The tender this account pays by. */
    Tender tender();

    /**
     * Takes {@code move.amount()} fen of value from the payer's account. A balance that does not cover it is refused
     * with an {@code INVALID} {@link io.oneshelf.platform.Rejection} on {@code amount}, changing nothing.
     */
    void debit(Move move);

    /** Gives {@code move.amount()} fen of value back to the payer's account (a refund of a debited tender). */
    void credit(Move move);

    /**
     * One movement of an account tender. {@code entry} names it uniquely (the payment's id for a debit, the refund
     * part's id for a credit), so that the account can refuse to apply it twice.
     *
     * @param placeId the store the tender was taken at (null online): whose value was spent where
     */
    record Move(UUID brandId, UUID payer, String reference, UUID paymentId, UUID entry, long amount, UUID placeId) {
    }
}
