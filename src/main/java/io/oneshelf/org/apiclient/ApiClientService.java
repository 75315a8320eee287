package io.oneshelf.org.apiclient;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.Scopes;
import io.oneshelf.org.apiclient.ApiClient.ApiClientStatus;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and revokes integration credentials within the caller's scope, auditing each. */
@Service
class ApiClientService {

    /** A client to issue, acting with {@code role} in the scope named by {@code scopeType} and {@code scopeId}. */
    record NewApiClient(String name, Role role, ScopeType scopeType, UUID scopeId) {
    }

    /** A client just issued, with its secret: the only time the secret is known outside its seal. */
    record Issued(ApiClient client, String secret) {
    }

    private static final SecureRandom random = new SecureRandom();

    private final ApiClients clients;
    private final Scopes scopes;
    private final AuditLog audit;

    ApiClientService(ApiClients clients, Scopes scopes, AuditLog audit) {
        this.clients = clients;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    Issued create(Actor actor, NewApiClient command) {
        ScopeRef scope = scopes.within(actor, command.scopeType(), command.scopeId(), "scopeId");
        if (!command.role().fits(scope.type())) {
            throw Rejection.invalid("scopeType", "org.role.scope-misfit", Message.term(command.role()),
                    Message.term(scope.type()));
        }
        String secret = randomText(32);
        ApiClient client = new ApiClient(Ids.next(), command.name().trim(), "osk_" + HexFormat.of().formatHex(
                randomBytes(12)), command.role(), scope, ApiClientStatus.ACTIVE, null, null);
        clients.insert(actor.tenantId(), client, secret);
        ApiClient created = get(actor, client.id());
        audit.record(actor, "api-client.created", "api-client", created.id(), null, created);
        return new Issued(created, secret);
    }

    @Transactional
    ApiClient revoke(Actor actor, UUID id) {
        ApiClient before = get(actor, id);
        clients.updateStatus(actor.tenantId(), before.revoke());
        ApiClient after = get(actor, id);
        audit.record(actor, "api-client.revoked", "api-client", id, before, after);
        return after;
    }

    ApiClient get(Actor actor, UUID id) {
        return clients.find(actor, id).orElseThrow(() -> Rejection.notFound("api-client"));
    }

    private static String randomText(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
