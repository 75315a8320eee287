package io.oneshelf.org.staff;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Caps failed sign-ins per client address, so that trying one password against many logins (which the
 * per-account lock-out does not see) is slowed down too. Counted in the database per minute, so every server
 * instance refuses the same address, and by the database's clock, so the instances agree on the window.
 */
@Component
class AddressThrottle {

    static final int MAX_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final JdbcClient jdbc;

    AddressThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void check(String address) {
        Long retryAfter = jdbc.sql("""
                        select ceil(extract(epoch from min(minute) + :seconds * interval '1 second' + interval '1 minute' - now()))::bigint
                        from sign_in_address_failure
                        where address = :address and minute > now() - :seconds * interval '1 second'
                        having sum(failures) >= :max""")
                .param("address", address).param("seconds", WINDOW.toSeconds()).param("max", MAX_FAILURES)
                .query(Long.class).optional().orElse(null);
        if (retryAfter != null) {
            long seconds = Math.max(1, retryAfter);
            throw Rejection.tooManyRequests(
                    Message.of("org.sign-in.address-throttled", seconds), seconds);
        }
    }

    void failed(String address) {
        jdbc.sql("""
                        insert into sign_in_address_failure (address, minute, failures)
                        values (:address, date_trunc('minute', now()), 1)
                        on conflict (address, minute) do update set failures = sign_in_address_failure.failures + 1""")
                .param("address", address).update();
        // what no window can count any more; the index keeps this to the few old rows
        jdbc.sql("""
                        delete from sign_in_address_failure
                        where minute < now() - :seconds * interval '1 second' - interval '1 minute'""")
                .param("seconds", WINDOW.toSeconds()).update();
    }
}
