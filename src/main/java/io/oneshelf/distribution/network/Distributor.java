package io.oneshelf.distribution.network;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A member who applied to distribute: their share code, level, status ({@code PENDING} until staff decide, then
 * {@code APPROVED} or {@code REJECTED}; an approved one may be {@code FROZEN} and approved again), who invited
 * them (their code at application: they earn the second tier of the new distributor's referrals), and the WeChat
 * openid their withdrawals are paid to.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "Distributor")
public record Distributor(UUID id, UUID customerId, String code, int level, Status status, UUID inviterId,
                          String payee, OffsetDateTime appliedAt, OffsetDateTime decidedAt, UUID decidedBy,
                          int version) {

    public enum Status { PENDING, APPROVED, REJECTED, FROZEN }

    public boolean approved() {
        return status == Status.APPROVED;
    }
}
