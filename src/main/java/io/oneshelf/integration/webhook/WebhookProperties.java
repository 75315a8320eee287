package io.oneshelf.integration.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered ({@code oneshelf.webhooks.*}, README's configuration table).
 *
 * @param allowPrivateTargets  deliver to private, loopback and link-local addresses too (tests, on-premise)
 * @param retrySchedule        the longest wait before each retry; each wait is drawn at random below it (full
 *                             jitter); after the last the delivery has failed
 * @param poll                 how often the dispatcher and the workers look for work
 * @param lease                how long an attempt may take before another worker may take it again
 * @param connectTimeout       connecting to a receiver
 * @param requestTimeout       the whole request, from sending to the answer's headers
 * @param workers              attempts in flight at once on this instance
 * @param secretOverlap        how long a rotated secret still signs, unless the rotation says otherwise
 */
@ConfigurationProperties("oneshelf.webhooks")
record WebhookProperties(boolean allowPrivateTargets, List<Duration> retrySchedule, Duration poll, Duration lease,
                         Duration connectTimeout, Duration requestTimeout, Integer workers, Duration secretOverlap) {

    /** About a day of retries on average: each wait is at most its step, half of it on average. */
    static final List<Duration> DEFAULT_SCHEDULE = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(16),
            Duration.ofHours(16));

    WebhookProperties {
        retrySchedule = retrySchedule == null || retrySchedule.isEmpty() ? DEFAULT_SCHEDULE : List.copyOf(retrySchedule);
        poll = poll == null ? Duration.ofSeconds(1) : poll;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        // an attempt ends within its timeouts; the lease outlasts them so a live worker always finishes first
        lease = lease == null ? connectTimeout.plus(requestTimeout).multipliedBy(3) : lease;
        // a worker mostly waits on its receiver, and under a full load on the CPU too: with 8 the deliveries fell
        // behind 610 holds/s (227 delivered/s), with 32 they kept up (docs/benchmarks.md, events)
        workers = workers == null ? 32 : workers;
        secretOverlap = secretOverlap == null ? Duration.ofHours(24) : secretOverlap;
    }
}
