package io.oneshelf.org.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import io.oneshelf.support.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The address cap is counted in the database: two server instances refuse the same address at the same count. */
class AddressThrottleTest extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void an_address_with_too_many_failures_on_any_instance_is_refused_by_every_instance_while_others_are_not() {
        AddressThrottle one = new AddressThrottle(jdbc);
        AddressThrottle other = new AddressThrottle(jdbc);
        String address = "10.0." + UUID.randomUUID();
        String neighbour = "10.1." + UUID.randomUUID();
        for (int i = 0; i < AddressThrottle.MAX_FAILURES - 1; i++) {
            (i % 2 == 0 ? one : other).failed(address);
        }
        assertThatCode(() -> one.check(address)).doesNotThrowAnyException();
        assertThatCode(() -> other.check(address)).doesNotThrowAnyException();

        one.failed(address);

        for (AddressThrottle instance : new AddressThrottle[]{one, other}) {
            assertThatThrownBy(() -> instance.check(address))
                    .isInstanceOfSatisfying(Rejection.class, p -> assertThat(p.retryAfterSeconds())
                            .isPositive().isLessThanOrEqualTo(AddressThrottle.WINDOW.toSeconds() + 60));
        }
        assertThatCode(() -> other.check(neighbour)).doesNotThrowAnyException();
    }

    @Test
    void failures_older_than_the_window_no_longer_count_and_are_deleted() {
        AddressThrottle throttle = new AddressThrottle(jdbc);
        String address = "10.2." + UUID.randomUUID();
        jdbc.sql("insert into sign_in_address_failure (address, minute, failures)"
                        + " values (:a, date_trunc('minute', now()) - interval '12 minutes', :n)")
                .param("a", address).param("n", AddressThrottle.MAX_FAILURES).update();

        assertThatCode(() -> throttle.check(address)).doesNotThrowAnyException();
        throttle.failed(address);

        assertThat(jdbc.sql("select sum(failures) from sign_in_address_failure where address = :a")
                .param("a", address).query(Long.class).single()).isEqualTo(1);
    }
}
