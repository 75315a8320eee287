package io.oneshelf.promotion.coupon;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Coupon codes: 12 characters of an alphabet without look-alikes (no 0/O, 1/I/L), drawn at random, so that staff
 * can read one off a phone or type it at the till and nobody guesses another customer's (31^12 codes). Unique in a
 * brand (the insert draws again on a clash). Read as people type them: case, spaces and dashes do not matter.
 */
final class CouponCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 12;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private CouponCodes() {
    }

    static String draw() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored: upper case, without spaces and dashes. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
