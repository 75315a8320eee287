package io.oneshelf.payment;

/**
 * Money the brand pays out to a person's WeChat balance (a distributor's withdrawn commission), through the
 * gateway's transfer. The caller's {@code reference} names the payout and is the batch number: the same reference
 * pays once however often it is asked. A gateway that refuses is a {@link io.oneshelf.platform.Rejection}
 * ({@code CONFLICT} on {@code payee}); one that cannot be reached throws, and the payout may be asked again.
 */
public interface Transfers {

    /** The transfer as the gateway made it: its batch id and status. */
    record Transfer(String reference, String batchId, String status) {
    }

    Transfer transfer(String reference, String payee, long amount, String remark);
}
