package io.oneshelf.distribution.commission;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A distributor's request to withdraw {@code amount} fen: REQUESTED (held from their available balance) until staff
 * decide; then PAID by the gateway's transfer {@code transferId}, REJECTED, or FAILED (the gateway refused the
 * payee); a rejected or failed one gives the amount back.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributionWithdrawal")
public record Withdrawal(UUID id, UUID distributorId, long amount, String status, OffsetDateTime requestedAt,
                  OffsetDateTime decidedAt, UUID decidedBy, String transferId, String reason) {
}
