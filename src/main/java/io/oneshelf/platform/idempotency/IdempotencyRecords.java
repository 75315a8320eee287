package io.oneshelf.platform.idempotency;

import io.oneshelf.platform.BatchedDelete;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** Idempotency keys per caller, with the response of the first successful attempt. */
@Repository
class IdempotencyRecords {

    private static final Duration RETENTION = Duration.ofHours(24);

    private final JdbcClient jdbc;

    IdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key, or returns what an earlier committed attempt with this key answered. */
    Optional<StoredResponse> claim(IdempotencyClaim claim) {
        int inserted = jdbc.sql("""
                insert into idempotency_record(tenant_id, actor_id, idem_key, request_hash, created_at)
                values (:tenant, :actor, :key, :hash, now())
                on conflict (tenant_id, actor_id, idem_key) do nothing""")
                .param("tenant", claim.tenantId()).param("actor", claim.actorId())
                .param("key", claim.key()).param("hash", claim.requestHash())
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select request_hash, response_status, content_type, location, response_body
                from idempotency_record where tenant_id = :tenant and actor_id = :actor and idem_key = :key""")
                .param("tenant", claim.tenantId()).param("actor", claim.actorId()).param("key", claim.key())
                .query((rs, n) -> new StoredResponse(rs.getString(1), new IdempotentResponse(rs.getInt(2),
                        rs.getString(3), rs.getString(4), rs.getBytes(5))))
                .optional();
    }

    void complete(IdempotencyClaim claim, ContentCachingResponseWrapper response) {
        jdbc.sql("""
                update idempotency_record
                set response_status = :status, content_type = :type, location = :location, response_body = :body
                where tenant_id = :tenant and actor_id = :actor and idem_key = :key""")
                .param("status", response.getStatus())
                .param("type", response.getContentType())
                .param("location", response.getHeader("Location"))
                .param("body", response.getContentAsByteArray())
                .param("tenant", claim.tenantId()).param("actor", claim.actorId()).param("key", claim.key())
                .update();
    }

    /**
     * Keys are a retry window, not an archive: what is older goes, in batches (a busy day's keys in one delete would
     * be one long transaction). Safe on several instances: each batch skips the rows another one is deleting.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldKeys() {
        BatchedDelete.run(jdbc, """
                delete from idempotency_record where (tenant_id, actor_id, idem_key) in (
                  select tenant_id, actor_id, idem_key from idempotency_record
                  where created_at < now() - make_interval(secs => :secs)
                  limit :batch for update skip locked)""", Map.of("secs", RETENTION.toSeconds()));
    }

    record StoredResponse(String requestHash, IdempotentResponse response) {
    }
}
