package io.oneshelf.org.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.web.ApiProblem;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    private final AddressThrottle throttle = new AddressThrottle();

    @Test
    void an_address_with_too_many_failures_is_refused_while_others_are_not() {
        for (int i = 0; i < AddressThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("10.0.0.1");
        }
        assertThatCode(() -> throttle.check("10.0.0.1")).doesNotThrowAnyException();

        throttle.failed("10.0.0.1");

        assertThatThrownBy(() -> throttle.check("10.0.0.1"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> org.assertj.core.api.Assertions
                        .assertThat(p.retryAfterSeconds()).isPositive());
        assertThatCode(() -> throttle.check("10.0.0.2")).doesNotThrowAnyException();
    }
}
