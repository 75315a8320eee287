package io.oneshelf.distribution.network;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A distributor as the console lists it: the distributor with the member's name (and masked phone), their level's
 * name and the share code of who invited them, so staff decide on people rather than ids.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "DistributorListing")
record DistributorListing(UUID id, UUID customerId, String name, String code, int level, String levelName,
                          Distributor.Status status, UUID inviterId, String inviterCode, String payee,
                          OffsetDateTime appliedAt, OffsetDateTime decidedAt, UUID decidedBy, int version) {

    static DistributorListing of(Distributor d, String name, String levelName, String inviterCode) {
        return new DistributorListing(d.id(), d.customerId(), name, d.code(), d.level(), levelName, d.status(),
                d.inviterId(), inviterCode, d.payee(), d.appliedAt(), d.decidedAt(), d.decidedBy(), d.version());
    }
}
