package io.oneshelf.fulfillment.pickup;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing pickup codes: each staff member (or API client) may type {@link #MAX_WRONG} wrong codes (unknown,
 * or another store's) in a minute; after that every look-up and verification is refused until the minute is over.
 * Counted in the database per minute, by its clock, so every server instance refuses the same caller. Each count is
 * written in a transaction of its own: the refused verification that caused it rolls back, the count stays.
 */
@Component
class CodeGuesses {

    static final int MAX_WRONG = 10;

    private final JdbcClient jdbc;

    CodeGuesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Passes unless the caller typed {@link #MAX_WRONG} wrong codes this minute (429 with Retry-After). */
    void check(Actor actor) {
        Long retryAfter = jdbc.sql("""
                        select ceil(extract(epoch from minute + interval '1 minute' - now()))::bigint
                        from pickup_code_failure
                        where tenant_id = :tenant and staff_id = :staff and minute = date_trunc('minute', now())
                          and failures >= :max""")
                .param("tenant", actor.tenantId()).param("staff", actor.id()).param("max", MAX_WRONG)
                .query(Long.class).optional().orElse(null);
        if (retryAfter != null) {
            long seconds = Math.max(1, retryAfter);
            throw Rejection.tooManyRequests(Message.of("fulfillment.pickup.too-many-wrong", MAX_WRONG, seconds),
                    seconds);
        }
    }

    /** Counts one wrong code of the caller, whatever becomes of the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void wrong(Actor actor) {
        jdbc.sql("""
                        insert into pickup_code_failure (tenant_id, staff_id, minute, failures)
                        values (:tenant, :staff, date_trunc('minute', now()), 1)
                        on conflict (tenant_id, staff_id, minute)
                        do update set failures = pickup_code_failure.failures + 1""")
                .param("tenant", actor.tenantId()).param("staff", actor.id()).update();
        // counts no window looks at any more; the index keeps this to the few old rows
        jdbc.sql("delete from pickup_code_failure where minute < now() - interval '10 minutes'").update();
    }
}
