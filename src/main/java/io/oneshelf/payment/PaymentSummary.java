package io.oneshelf.payment;

/** A reference's money: captured, refunded (succeeded refunds) and pending gateway payments, in fen. */
public record PaymentSummary(String reference, long paid, long refunded, long pending) {

    /** What the reference holds now. */
    public long net() {
        return paid - refunded;
    }
}
