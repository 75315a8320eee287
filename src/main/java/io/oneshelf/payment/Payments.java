package io.oneshelf.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments and refunds of anything payable, named by a reference the caller owns ({@code order:<uuid>}; later a
 * wallet top-up). Several tenders may pay one reference (split payment). Every captured and refunded fen is a row
 * of an append-only ledger, so a reference's paid, refunded and pending amounts always reconcile. Each fact is
 * an event ({@link PaymentSucceeded}, {@link RefundSucceeded}, {@link PaymentSucceededAfterClose}).
 * Refusals are {@link io.oneshelf.platform.Rejection}s naming the command's attribute at fault.
 */
public interface Payments {

    /**
     * Takes one tender. Cash and card succeed at once (cash gives change); a gateway tender starts
     * {@link PaymentStatus#PENDING} with a pay link / QR content and succeeds when the gateway's signed
     * notification (or an active query) says so. A WeChat Pay tender with a scanned payment code
     * ({@link TakePayment#authCode()}, micropay) is charged within the call: it succeeds with the payer's openid, or
     * is refused on {@code authCode} (declined, or not a WeChat code) and nothing is kept. Idempotent by
     * {@link TakePayment#key()}: the same key answers the payment made by its first call.
     */
    Payment take(TakePayment command);

    /**
     * Refunds {@code amount} of a reference back to the tenders that paid it, the newest tender first, each at
     * most what it captured and has not refunded yet. Cash and card refunds succeed at once; gateway refunds
     * when the gateway's refund notification says so. Idempotent by {@link RefundPayment#refundReference()}.
     * More than the reference's refundable amount is refused ({@code INVALID} on {@code amount}).
     */
    Refund refund(RefundPayment command);

    /** What a reference has captured, refunded and has pending; zeros for a reference never paid. */
    PaymentSummary summary(UUID brandId, String reference);

    /** The tenders of a reference, oldest first. */
    List<Payment> payments(UUID brandId, String reference);

    Optional<Payment> find(UUID brandId, UUID paymentId);

    /** Asks the gateway about a pending payment (for a notification that never came) and applies its answer. */
    Payment query(UUID brandId, UUID paymentId);

    /**
     * The reference will take no more money (its order was cancelled): pending gateway payments are closed. One
     * that succeeds after this anyway is refunded at once and flagged ({@link PaymentSucceededAfterClose}).
     */
    void close(UUID brandId, String reference);
}
