package io.oneshelf.platform.idempotency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up and stores many Idempotency-Keys in the caller's transaction with one statement each, for {@link
 * SelfIdempotent} endpoints. The same rules as the filter: a claim and its response commit together with the
 * business change, so a key is either unknown or answered, never half done.
 */
@Component
public class IdempotencyKeys {

    /** What an earlier, committed request with the key answered, and whether it asked the same thing. */
    public record Earlier(IdempotentResponse response, boolean samePayload) {
    }

    /** A committed key's request hash and answer. */
    private record Stored(String requestHash, IdempotentResponse response) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What earlier, committed requests with these keys answered, per claim (same order); empty for a key not used
     * yet. Takes no lock and writes nothing: a key that a transaction still running holds looks unused here, and
     * {@link #storeAll} then waits for that transaction.
     */
    public List<Optional<Earlier>> findAll(List<IdempotencyClaim> claims) {
        Map<List<Object>, Stored> found = new HashMap<>();
        if (!claims.isEmpty()) {
            jdbc.sql("""
                    select r.tenant_id, r.actor_id, r.idem_key, r.request_hash, r.response_status, r.content_type,
                           r.location, r.response_body
                    from idempotency_record r
                    join unnest(:tenants, :actors, :keys) as c(t, a, k)
                      on r.tenant_id = c.t and r.actor_id = c.a and r.idem_key = c.k""")
                    .param("tenants", claims.stream().map(IdempotencyClaim::tenantId).toArray(UUID[]::new))
                    .param("actors", claims.stream().map(IdempotencyClaim::actorId).toArray(UUID[]::new))
                    .param("keys", claims.stream().map(IdempotencyClaim::key).toArray(String[]::new))
                    .query((rs, n) -> found.put(List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3)), new Stored(rs.getString(4), new IdempotentResponse(rs.getInt(5),
                            rs.getString(6), rs.getString(7), rs.getBytes(8)))))
                    .list();
        }
        List<Optional<Earlier>> result = new ArrayList<>();
        for (IdempotencyClaim c : claims) {
            Stored stored = found.get(List.of(c.tenantId(), c.actorId(), c.key()));
            result.add(Optional.ofNullable(stored)
                    .map(x -> new Earlier(x.response(), c.requestHash().equals(x.requestHash()))));
        }
        return result;
    }

    /**
     * Stores keys that {@link #findAll} found unused, each with its answer, with one INSERT (one write per key:
     * no claim first and answer later). If another transaction took one of the keys in the meantime and has
     * committed, this throws a {@link ConcurrencyFailureException}: the caller's transaction must roll back, and
     * running it again finds the earlier answer.
     */
    public void storeAll(List<IdempotencyClaim> claims, List<IdempotentResponse> responses) {
        if (claims.isEmpty()) {
            return;
        }
        List<Integer> order = java.util.stream.IntStream.range(0, claims.size()).boxed()
                .sorted((a, b) -> lockOrder(claims.get(a), claims.get(b))).toList();
        int stored = jdbc.sql("""
                insert into idempotency_record(tenant_id, actor_id, idem_key, request_hash, response_status,
                                               content_type, location, response_body, created_at)
                select t, a, k, h, s, ct, l, b, now()
                from unnest(:tenants, :actors, :keys, :hashes, :statuses, :types, :locations, :bodies)
                     as c(t, a, k, h, s, ct, l, b)
                on conflict (tenant_id, actor_id, idem_key) do nothing""")
                .param("tenants", order.stream().map(i -> claims.get(i).tenantId()).toArray(UUID[]::new))
                .param("actors", order.stream().map(i -> claims.get(i).actorId()).toArray(UUID[]::new))
                .param("keys", order.stream().map(i -> claims.get(i).key()).toArray(String[]::new))
                .param("hashes", order.stream().map(i -> claims.get(i).requestHash()).toArray(String[]::new))
                .param("statuses", order.stream().map(i -> responses.get(i).status()).toArray(Integer[]::new))
                .param("types", order.stream().map(i -> responses.get(i).contentType()).toArray(String[]::new))
                .param("locations", order.stream().map(i -> responses.get(i).location()).toArray(String[]::new))
                .param("bodies", order.stream().map(i -> responses.get(i).body()).toArray(byte[][]::new))
                .update();
        if (stored != claims.size()) {
            throw new ConcurrencyFailureException((claims.size() - stored) + " of " + claims.size()
                    + " Idempotency-Keys were used by another request meanwhile");
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
                .param("tenants", claims.stream().map(IdempotencyClaim::tenantId).toArray(UUID[]::new))
                .param("actors", claims.stream().map(IdempotencyClaim::actorId).toArray(UUID[]::new))
                .param("keys", claims.stream().map(IdempotencyClaim::key).toArray(String[]::new))
                .update();
    }

    /** One order for every multi-key claim, so two transactions claiming overlapping keys never deadlock. */
    private static int lockOrder(IdempotencyClaim a, IdempotencyClaim b) {
        int c = a.tenantId().toString().compareTo(b.tenantId().toString());
        c = c != 0 ? c : a.actorId().toString().compareTo(b.actorId().toString());
        return c != 0 ? c : a.key().compareTo(b.key());
    }
}
