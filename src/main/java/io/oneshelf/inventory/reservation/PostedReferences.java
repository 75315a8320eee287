package io.oneshelf.inventory.reservation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The references of sales and returns posted, one per brand and kind, with a fingerprint of their lines. */
@Repository
class PostedReferences {

    enum Kind { SALE, RETURN, PRODUCTION }

    private final JdbcClient jdbc;

    PostedReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the reference for this transaction, or returns the fingerprint it was posted with. A transaction
     * taking the same reference at the same time waits for this one's commit, then finds it taken.
     */
    Optional<String> claim(UUID tenant, Kind kind, String reference, String fingerprint, UUID actorId) {
        int taken = jdbc.sql("""
                insert into stock_posting(tenant_id, kind, reference, fingerprint, actor_id, created_at)
                values (:tenant, :kind, :reference, :fingerprint, :actor, now())
                on conflict (tenant_id, kind, reference) do nothing""")
                .param("tenant", tenant).param("kind", kind.name()).param("reference", reference)
                .param("fingerprint", fingerprint).param("actor", actorId)
                .update();
        if (taken == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                select fingerprint from stock_posting where tenant_id = :tenant and kind = :kind and reference = :reference""")
                .param("tenant", tenant).param("kind", kind.name()).param("reference", reference)
                .query(String.class).single());
    }
}
