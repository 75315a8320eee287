package io.oneshelf.integration.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: exponential steps (5 s, 30 s, 2 min … 16 h by default) with full jitter,
 * i.e. a wait drawn uniformly between zero and the step, so that receivers coming back after an outage are not
 * hit by every sender at the same second. After the last step the delivery has failed.
 */
final class RetrySchedule {

    private final List<Duration> steps;
    private final DoubleSupplier random;

    RetrySchedule(List<Duration> steps, DoubleSupplier random) {
        this.steps = List.copyOf(steps);
        this.random = random;
    }

    /** The wait after attempt {@code attempt} (1 = the first) failed; empty when no retry is left. */
    Optional<Duration> after(int attempt) {
        if (attempt < 1 || attempt > steps.size()) {
            return Optional.empty();
        }
        long cap = steps.get(attempt - 1).toMillis();
        return Optional.of(Duration.ofMillis((long) (random.getAsDouble() * cap)));
    }

    /** How many attempts a delivery gets in all. */
    int attempts() {
        return steps.size() + 1;
    }
}
