package io.oneshelf.integration.webhook;

import io.oneshelf.integration.webhook.WebhookDeliveries.SealedTarget;
import io.oneshelf.platform.security.SecretBox;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The brands' webhook endpoints; their secrets are stored sealed ({@link SecretBox}), bound to the endpoint. */
@Repository
class WebhookEndpoints {

    private final JdbcClient jdbc;
    private final SecretBox box;

    WebhookEndpoints(JdbcClient jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    /** What an endpoint's content is when saved. */
    record Draft(String url, List<String> eventTypes, String description, boolean enabled) {
    }

    List<WebhookEndpoint> list(UUID tenant, UUID after, int limit) {
        return jdbc.sql("select * from webhook_endpoint where tenant_id = :tenant and id > :after order by id"
                        + " limit :limit")
                .param("tenant", tenant).param("after", after).param("limit", limit)
                .query(WebhookEndpoints::map).list();
    }

    Optional<WebhookEndpoint> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from webhook_endpoint where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(WebhookEndpoints::map).optional();
    }

    /** Locks the endpoint's row for a change in this transaction. */
    Optional<WebhookEndpoint> lock(UUID tenant, UUID id) {
        return jdbc.sql("select * from webhook_endpoint where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", id).query(WebhookEndpoints::map).optional();
    }

    void insert(UUID tenant, UUID id, Draft draft, String secret) {
        jdbc.sql("""
                insert into webhook_endpoint (id, tenant_id, url, event_types, description, enabled, secret)
                values (:id, :tenant, :url, cast(:types as text[]), :description, :enabled, :secret)""")
                .param("id", id).param("tenant", tenant).param("url", draft.url())
                .param("types", draft.eventTypes().toArray(String[]::new)).param("description", draft.description())
                .param("enabled", draft.enabled()).param("secret", seal(secret, id)).update();
    }

    void update(UUID tenant, UUID id, Draft draft) {
        jdbc.sql("""
                update webhook_endpoint set url = :url, event_types = cast(:types as text[]),
                    description = :description, enabled = :enabled, version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id""")
                .param("url", draft.url()).param("types", draft.eventTypes().toArray(String[]::new))
                .param("description", draft.description()).param("enabled", draft.enabled())
                .param("tenant", tenant).param("id", id).update();
    }

    /** A new secret; the one it replaces still signs until {@code previousUntil} (none if that is now or past). */
    void rotate(UUID tenant, UUID id, String secret, OffsetDateTime previousUntil) {
        jdbc.sql("""
                update webhook_endpoint set previous_secret = secret, previous_secret_until = :until,
                    secret = :secret, version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id""")
                .param("until", previousUntil).param("secret", seal(secret, id))
                .param("tenant", tenant).param("id", id).update();
    }

    void delete(UUID tenant, UUID id) {
        jdbc.sql("delete from webhook_endpoint where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).update();
    }

    /**
     * Where a claimed delivery goes and the secrets that sign it (the current one first), opened from what the claim
     * read with it. Opened secrets are kept by their sealed text, so a busy endpoint's are not decrypted for every
     * attempt; a rotation seals a new text and so opens anew.
     */
    Target target(UUID id, SealedTarget sealed) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(opened(sealed.secret(), id));
        if (sealed.previousSecret() != null) {
            secrets.add(opened(sealed.previousSecret(), id));
        }
        return new Target(sealed.url(), secrets);
    }

    private String opened(String sealed, UUID id) {
        String secret = openedSecrets.get(sealed);
        if (secret == null) {
            secret = open(sealed, id);
            if (openedSecrets.size() >= 1000) {
                openedSecrets.clear(); // endpoints are few; this only bounds what rotations leave behind
            }
            openedSecrets.put(sealed, secret);
        }
        return secret;
    }

    private final java.util.concurrent.ConcurrentMap<String, String> openedSecrets =
            new java.util.concurrent.ConcurrentHashMap<>();

    record Target(String url, List<String> secrets) {
    }

    /**
     * Every enabled endpoint, with its brand, for the dispatcher; held ({@code FOR KEY SHARE})
     * until its transaction ends, so that an endpoint deleted meanwhile waits for the deliveries made to it and takes
     * them with it, instead of failing the dispatcher's insert of the whole batch.
     */
    List<Subscriber> subscribers() {
        return jdbc.sql("""
                select id, tenant_id, event_types from webhook_endpoint
                where enabled
                for key share""")
                .query((rs, n) -> new Subscriber(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        types(rs)))
                .list();
    }

    record Subscriber(UUID id, UUID brandId, List<String> eventTypes) {

        boolean wants(UUID brand, String type) {
            return brandId.equals(brand) && (eventTypes.isEmpty() || eventTypes.contains(type));
        }
    }

    void markFailing(UUID id) {
        jdbc.sql("update webhook_endpoint set failing_since = now() where id = :id and failing_since is null")
                .param("id", id).update();
    }

    void clearFailing(UUID id) {
        jdbc.sql("update webhook_endpoint set failing_since = null where id = :id and failing_since is not null")
                .param("id", id).update();
    }

    private String seal(String secret, UUID id) {
        return box.seal(secret, owner(id));
    }

    private String open(String sealed, UUID id) {
        return box.open(sealed, owner(id));
    }

    private static String owner(UUID id) {
        return "webhook-endpoint:" + id;
    }

    private static List<String> types(ResultSet rs) throws SQLException {
        Array array = rs.getArray("event_types");
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static WebhookEndpoint map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime failingSince = rs.getObject("failing_since", OffsetDateTime.class);
        return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getString("url"), types(rs),
                rs.getString("description"), rs.getBoolean("enabled"), failingSince != null, failingSince,
                rs.getObject("previous_secret_until", OffsetDateTime.class), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
