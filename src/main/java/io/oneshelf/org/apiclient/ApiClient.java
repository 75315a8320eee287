package io.oneshelf.org.apiclient;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An integration (ERP, WMS, legacy POS) that calls the API with signed requests, acting with a role and scope.
 * Published as IntegrationClient: a schema named ApiClient would shadow the generated clients' own ApiClient class.
 */
@Schema(name = "IntegrationClient")
record ApiClient(UUID id, String name, String keyId, Role role, ScopeRef scope, ApiClientStatus status,
                 OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {

    enum ApiClientStatus { ACTIVE, REVOKED }

    ApiClient revoke() {
        if (status == ApiClientStatus.REVOKED) {
            throw Rejection.conflict("status", "org.api-client.already-revoked");
        }
        return new ApiClient(id, name, keyId, role, scope, ApiClientStatus.REVOKED, createdAt, lastUsedAt);
    }
}
