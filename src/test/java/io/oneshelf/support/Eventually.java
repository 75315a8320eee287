package io.oneshelf.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something that happens in the background (an import job, a process ending): asks again and again,
 * pausing 10 ms at first and up to 250 ms later, until the answer is the awaited one or the time is up. A
 * timeout fails with what was awaited and the last answer, so that a red test says what it saw.
 */
public final class Eventually {

    private static final long FIRST_PAUSE_MS = 10;
    private static final long LONGEST_PAUSE_MS = 250;

    private Eventually() {
    }

    /** Returns the first answer of {@code probe} that {@code done} accepts. */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            T answer = probe.get();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what
                                         + ", but it did not happen; last seen: " + answer);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what + "; last seen: " + answer, e);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }
}
