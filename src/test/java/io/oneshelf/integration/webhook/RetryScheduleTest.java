package io.oneshelf.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final List<Duration> STEPS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2));

    @Test
    void each_wait_is_drawn_between_zero_and_its_step() {
        assertThat(new RetrySchedule(STEPS, () -> 0.0).after(1)).contains(Duration.ZERO);
        assertThat(new RetrySchedule(STEPS, () -> 0.5).after(2)).contains(Duration.ofSeconds(15));
        assertThat(new RetrySchedule(STEPS, () -> 0.999).after(3).orElseThrow()).isLessThan(Duration.ofMinutes(2))
                .isGreaterThan(Duration.ofSeconds(119));
    }

    @Test
    void after_the_last_step_no_retry_is_left() {
        RetrySchedule schedule = new RetrySchedule(STEPS, () -> 0.5);
        assertThat(schedule.after(4)).isEmpty();
        assertThat(schedule.attempts()).isEqualTo(4);
    }

    @Test
    void the_default_schedule_retries_for_about_a_day_on_average() {
        Duration longest = WebhookProperties.DEFAULT_SCHEDULE.stream().reduce(Duration.ZERO, Duration::plus);
        Duration average = longest.dividedBy(2);
        assertThat(average).isBetween(Duration.ofHours(20), Duration.ofHours(28));
        assertThat(WebhookProperties.DEFAULT_SCHEDULE.get(0)).isEqualTo(Duration.ofSeconds(5));
    }
}
