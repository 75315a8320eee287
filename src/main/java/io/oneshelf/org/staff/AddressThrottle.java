package io.oneshelf.org.staff;

import io.oneshelf.platform.web.ApiProblem;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Caps failed sign-ins per client address, so that trying one password against many logins (which the
 * per-account lock-out does not see) is slowed down too. Kept in memory: each instance counts its own share.
 */
@Component
class AddressThrottle {

    static final int MAX_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    void check(String address) {
        Deque<Long> recent = failures.get(address);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            forgetOld(recent);
            if (recent.size() >= MAX_FAILURES) {
                long retryAfter = Math.max(1, (recent.peekFirst() + WINDOW.toMillis() - now()) / 1000);
                throw ApiProblem.tooManyRequests(
                        "Too many failed sign-ins from your address; try again in " + retryAfter + " seconds",
                        retryAfter);
            }
        }
    }

    void failed(String address) {
        Deque<Long> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(now());
        }
        if (failures.size() > 100_000) {
            failures.clear(); // bounded memory under a distributed attack; the account lock-out still holds
        }
    }

    private static void forgetOld(Deque<Long> recent) {
        long cutoff = now() - WINDOW.toMillis();
        while (!recent.isEmpty() && recent.peekFirst() < cutoff) {
            recent.pollFirst();
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
