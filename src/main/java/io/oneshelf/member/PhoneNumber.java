package io.oneshelf.member;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number (手机号): 11 digits starting with 1 and then 3 to 9, kept without spaces, dashes or
 * country code, so that one number is always written one way (a customer is found by it).
 */
public record PhoneNumber(String digits) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[ \\-]");

    public PhoneNumber {
        if (digits == null || !MOBILE.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a normalised mobile number");
        }
    }

    /**
     * The number as people write it: {@code 13812345678}, {@code 138 1234 5678}, {@code 138-1234-5678},
     * {@code +86 138 1234 5678}, {@code 0086…} or {@code 86…}; empty when it is not a mainland mobile number.
     */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.length() > 30) {
            return Optional.empty();
        }
        String bare = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (bare.startsWith("+86")) {
            bare = bare.substring(3);
        } else if (bare.startsWith("0086")) {
            bare = bare.substring(4);
        } else if (bare.startsWith("86") && bare.length() == 13) {
            bare = bare.substring(2);
        }
        return MOBILE.matcher(bare).matches() ? Optional.of(new PhoneNumber(bare)) : Optional.empty();
    }

    /** {@code 138****1234}: enough to recognise one's own number, too little to call it. */
    public String masked() {
        return masked(digits);
    }

    /** {@link #masked()} of a stored number. */
    public static String masked(String digits) {
        if (digits == null) {
            return null; // an anonymised customer's
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return digits;
    }
}
