package io.oneshelf.platform.idempotency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims and completes many Idempotency-Keys in the caller's transaction with one statement each, for {@link
 * SelfIdempotent} endpoints. The same rules as the filter: a claim and its response commit together with the
 * business change, so a key is either unknown or answered, never half done.
 */
@Component
public class IdempotencyKeys {

    /** What an earlier, committed request with the key answered, and whether it asked the same thing. */
    public record Earlier(IdempotentResponse response, boolean samePayload) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims every key; per claim (same order) empty when this transaction now holds it, else what the earlier
     * request answered. A key held by a transaction still running is waited for. Claims must be distinct.
     */
    public List<Optional<Earlier>> claimAll(List<IdempotencyClaim> claims) {
        List<IdempotencyClaim> sorted = claims.stream().sorted(IdempotencyKeys::lockOrder).toList();
        Set<List<Object>> claimed = new HashSet<>(jdbc.sql("""
                insert into idempotency_record(tenant_id, actor_id, idem_key, request_hash, created_at)
                select t, a, k, h, now() from unnest(:tenants, :actors, :keys, :hashes) as c(t, a, k, h)
                on conflict (tenant_id, actor_id, idem_key) do nothing
                returning tenant_id, actor_id, idem_key""")
                .param("tenants", sorted.stream().map(IdempotencyClaim::tenantId).toArray(java.util.UUID[]::new))
                .param("actors", sorted.stream().map(IdempotencyClaim::actorId).toArray(java.util.UUID[]::new))
                .param("keys", sorted.stream().map(IdempotencyClaim::key).toArray(String[]::new))
                .param("hashes", sorted.stream().map(IdempotencyClaim::requestHash).toArray(String[]::new))
                .query((rs, n) -> List.<Object>of(rs.getObject(1, java.util.UUID.class),
                        rs.getObject(2, java.util.UUID.class), rs.getString(3)))
                .list());
        List<Optional<Earlier>> result = new ArrayList<>();
        for (IdempotencyClaim c : claims) {
            result.add(claimed.contains(List.of(c.tenantId(), c.actorId(), c.key())) ? Optional.empty()
                    : Optional.of(earlier(c)));
        }
        return result;
    }

    /** Stores the answers of claims this transaction holds (same order). */
    public void completeAll(List<IdempotencyClaim> claims, List<IdempotentResponse> responses) {
        if (claims.isEmpty()) {
            return;
        }
        int updated = jdbc.sql("""
                update idempotency_record r
                set response_status = c.s, content_type = c.ct, location = c.l, response_body = c.b
                from unnest(:tenants, :actors, :keys, :statuses, :types, :locations, :bodies) as c(t, a, k, s, ct, l, b)
                where r.tenant_id = c.t and r.actor_id = c.a and r.idem_key = c.k""")
                .param("tenants", claims.stream().map(IdempotencyClaim::tenantId).toArray(java.util.UUID[]::new))
                .param("actors", claims.stream().map(IdempotencyClaim::actorId).toArray(java.util.UUID[]::new))
                .param("keys", claims.stream().map(IdempotencyClaim::key).toArray(String[]::new))
                .param("statuses", responses.stream().map(IdempotentResponse::status).toArray(Integer[]::new))
                .param("types", responses.stream().map(IdempotentResponse::contentType).toArray(String[]::new))
                .param("locations", responses.stream().map(IdempotentResponse::location).toArray(String[]::new))
                .param("bodies", responses.stream().map(IdempotentResponse::body).toArray(byte[][]::new))
                .update();
        if (updated != claims.size()) {
            throw new IllegalStateException("completed " + updated + " of " + claims.size() + " claimed keys");
        }
    }

    /** Gives up claims this transaction holds, for requests that failed: a retry with the key runs again. */
    public void forgetAll(List<IdempotencyClaim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        jdbc.sql("""
                delete from idempotency_record r using unnest(:tenants, :actors, :keys) as c(t, a, k)
                where r.tenant_id = c.t and r.actor_id = c.a and r.idem_key = c.k""")
                .param("tenants", claims.stream().map(IdempotencyClaim::tenantId).toArray(java.util.UUID[]::new))
                .param("actors", claims.stream().map(IdempotencyClaim::actorId).toArray(java.util.UUID[]::new))
                .param("keys", claims.stream().map(IdempotencyClaim::key).toArray(String[]::new))
                .update();
    }

    private Earlier earlier(IdempotencyClaim c) {
        return jdbc.sql("""
                select request_hash, response_status, content_type, location, response_body
                from idempotency_record where tenant_id = :tenant and actor_id = :actor and idem_key = :key""")
                .param("tenant", c.tenantId()).param("actor", c.actorId()).param("key", c.key())
                .query((rs, n) -> new Earlier(new IdempotentResponse(rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)), c.requestHash().equals(rs.getString(1))))
                .single();
    }

    /** One order for every multi-key claim, so two transactions claiming overlapping keys never deadlock. */
    private static int lockOrder(IdempotencyClaim a, IdempotencyClaim b) {
        int c = a.tenantId().toString().compareTo(b.tenantId().toString());
        c = c != 0 ? c : a.actorId().toString().compareTo(b.actorId().toString());
        return c != 0 ? c : a.key().compareTo(b.key());
    }
}
