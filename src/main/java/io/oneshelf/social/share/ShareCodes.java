package io.oneshelf.social.share;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Share codes of groups and bargains (what a share link, a poster's QR and a till's scan carry): 10 characters of an
 * alphabet without look-alikes (no 0/O, 1/I/L), drawn at random, so that nobody guesses another's (31^10 codes) and
 * staff can type one off a phone. Unique in a brand (a unique key; a clash is a refusal to try again). Read as
 * people type them: case, spaces and dashes do not matter.
 */
public final class ShareCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 10;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private ShareCodes() {
    }

    public static String draw() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored: upper case, without spaces and dashes. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
