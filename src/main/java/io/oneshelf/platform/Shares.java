package io.oneshelf.platform;

import java.math.BigInteger;

/** Proportional shares of whole units (fen, points), rounded down, so that a full share is exactly the whole. */
public final class Shares {

    private Shares() {
    }

    /** {@code whole × part / of}, rounded down; the whole when {@code part ≥ of}; 0 when {@code of ≤ 0}. */
    public static long of(long whole, long part, long of) {
        if (of <= 0 || part <= 0) {
            return 0;
        }
        if (part >= of) {
            return whole;
        }
        return BigInteger.valueOf(whole).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(of))
                .longValueExact();
    }
}
