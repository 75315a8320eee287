package io.oneshelf.payment;

import java.util.UUID;

/** Give {@code amount} fen of {@code reference} back; {@code refundReference} names this refund (e.g. a return). */
public record RefundPayment(UUID brandId, String reference, String refundReference, long amount, String reason) {
}
