package io.oneshelf.fulfillment.pickup;

import java.security.SecureRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Draws pickup codes: six digits at random (a strong generator, so one code tells nothing of the next), never one
 * a guesser would try first (six equal digits, or a straight run such as 123456 or 987654), never one still open
 * in the brand.
 */
final class PickupCodeDraw {

    /** How many draws before giving up: with a million codes, a brand never has so many open that this runs out. */
    static final int ATTEMPTS = 50;

    private final RandomGenerator random;

    PickupCodeDraw(RandomGenerator random) {
        this.random = random;
    }

    static PickupCodeDraw secure() {
        return new PickupCodeDraw(new SecureRandom());
    }

    /** One code, not weak; may be in use (see {@link #free}). */
    String draw() {
        while (true) {
            String code = "%06d".formatted(random.nextInt(1_000_000));
            if (!weak(code)) {
                return code;
            }
        }
    }

    /** A code that {@code taken} does not know; fails after {@link #ATTEMPTS} draws that were all taken. */
    String free(Predicate<String> taken) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String code = draw();
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free pickup code after " + ATTEMPTS + " draws");
    }

    /** Six equal digits, or digits rising or falling by one all the way. */
    static boolean weak(String code) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < code.length(); i++) {
            int step = code.charAt(i) - code.charAt(i - 1);
            same &= step == 0;
            up &= step == 1;
            down &= step == -1;
        }
        return same || up || down;
    }
}
