package io.oneshelf.org.apiclient;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.Scopes;
import io.oneshelf.org.apiclient.ApiClient.ApiClientStatus;
import io.oneshelf.platform.BatchedDelete;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ApiCredentials;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.SecretBox;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.platform.security.SecurityProperties;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * API clients of a brand, and the credential look-up the platform uses to verify signed requests. Verifying an
 * HMAC needs the secret itself, so it is stored sealed ({@link SecretBox}), not hashed (docs/decisions/0003).
 */
@Repository
class ApiClients implements ApiCredentials {

    private static final Logger log = LoggerFactory.getLogger(ApiClients.class);
    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final SecretBox box;

    ApiClients(JdbcClient jdbc, SecurityProperties properties, SecretBox box) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.box = box;
    }

    /** Seals the secrets stored as issued before sealing existed; returns how many. Runs at every start. */
    @EventListener(ApplicationStartedEvent.class)
    int sealPlainSecrets() {
        List<String[]> plain = jdbc.sql("select key_id, secret from api_client")
                .query((rs, n) -> new String[]{rs.getString("key_id"), rs.getString("secret")}).list().stream()
                .filter(row -> !SecretBox.isSealed(row[1])).toList();
        plain.forEach(row -> jdbc.sql("update api_client set secret = :sealed where key_id = :key and secret = :plain")
                .param("sealed", box.seal(row[1], row[0])).param("key", row[0]).param("plain", row[1]).update());
        return plain.size();
    }

    List<ApiClient> list(Actor actor, UUID after, int limit) {
        return jdbc.sql("select x.*, " + Scopes.SCOPE_NAME + " as scope_name from api_client x"
                        + " where x.tenant_id = :tenant and x.id > :after order by x.id limit :limit")
                .param("tenant", actor.tenantId()).param("after", after).param("limit", limit)
                .query(ApiClients::map).list();
    }

    Optional<ApiClient> find(Actor actor, UUID id) {
        return jdbc.sql("select x.*, " + Scopes.SCOPE_NAME + " as scope_name from api_client x"
                        + " where x.tenant_id = :tenant and x.id = :id")
                .param("tenant", actor.tenantId()).param("id", id)
                .query(ApiClients::map).optional();
    }

    void insert(UUID tenantId, ApiClient client, String secret) {
        jdbc.sql("""
                insert into api_client(id, tenant_id, name, key_id, secret, role, scope_type, scope_id, status,
                                       created_at)
                values (:id, :tenant, :name, :key, :secret, :role, :scopeType, :scopeId, :status, now())""")
                .param("id", client.id()).param("tenant", tenantId).param("name", client.name())
                .param("key", client.keyId()).param("secret", box.seal(secret, client.keyId())).param("role", client.role().name())
                .param("scopeType", client.scope().type().name()).param("scopeId", client.scope().id())
                .param("status", client.status().name())
                .update();
    }

    void updateStatus(UUID tenantId, ApiClient client) {
        jdbc.sql("update api_client set status = :status where tenant_id = :tenant and id = :id")
                .param("status", client.status().name()).param("tenant", tenantId).param("id", client.id())
                .update();
    }

    @Override
    public Optional<ApiCredential> findActive(String keyId) {
        try {
            return jdbc.sql("select * from api_client where key_id = :key and status = 'ACTIVE'")
                    .param("key", keyId)
                    .query((rs, n) -> new ApiCredential(rs.getString("key_id"),
                            box.open(rs.getString("secret"), rs.getString("key_id")).getBytes(StandardCharsets.UTF_8),
                            new Actor(Actor.Kind.API_CLIENT, rs.getObject("id", UUID.class),
                                    rs.getObject("tenant_id", UUID.class), rs.getString("name"),
                                    Role.valueOf(rs.getString("role")), ScopeType.valueOf(rs.getString("scope_type")),
                                    rs.getObject("scope_id", UUID.class))))
                    .optional();
        } catch (IllegalStateException e) {
            // sealed under another key (an instance without the shared secret-key?): refuse, and say why here
            log.error("API client {}'s secret does not open with this server's key", keyId, e);
            return Optional.empty();
        }
    }

    @Override
    public boolean firstUseOfNonce(ApiCredential credential, String nonce) {
        int inserted = jdbc.sql("""
                insert into api_nonce(tenant_id, key_id, nonce, used_at) values (:tenant, :key, :nonce, now())
                on conflict do nothing""")
                .param("tenant", credential.actor().tenantId()).param("key", credential.keyId())
                .param("nonce", nonce).update();
        if (inserted == 1) {
            jdbc.sql("update api_client set last_used_at = now() where key_id = :key")
                    .param("key", credential.keyId()).update();
        }
        return inserted == 1;
    }

    /** Nonces older than twice the clock tolerance can never be replayed (their timestamp is refused anyway). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldNonces() {
        BatchedDelete.run(jdbc, """
                delete from api_nonce where (key_id, nonce) in (
                  select key_id, nonce from api_nonce where used_at < now() - make_interval(secs => :secs)
                  limit :batch for update skip locked)""",
                Map.of("secs", properties.signatureTolerance().toSeconds() * 2));
    }

    private static ApiClient map(ResultSet rs, int row) throws SQLException {
        return new ApiClient(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("key_id"),
                Role.valueOf(rs.getString("role")),
                new ScopeRef(ScopeType.valueOf(rs.getString("scope_type")), rs.getObject("scope_id", UUID.class),
                        rs.getString("scope_name")),
                ApiClientStatus.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
