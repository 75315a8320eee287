package io.oneshelf.order.pricing;

import java.math.BigInteger;

/**
 * Divides an amount of fen over weights (the lines' payable amounts) to the fen by the largest remainder: each
 * share is first rounded down, then the fen left over go one each to the shares with the largest remainders, the
 * earlier one first on a tie. The shares always sum to the amount, none is negative, and none exceeds its weight
 * when the amount does not exceed the weights' sum. The same input always gives the same shares.
 */
public final class Apportionment {

    private Apportionment() {
    }

    public static long[] divide(long amount, long[] weights) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount below zero: " + amount);
        }
        long sum = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weight below zero: " + w);
            }
            sum = Math.addExact(sum, w);
        }
        long[] shares = new long[weights.length];
        if (amount == 0) {
            return shares;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("nothing to divide " + amount + " over");
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(BigInteger.valueOf(sum));
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1].longValueExact();
            given += shares[i];
        }
        for (long left = amount - given; left > 0; left--) {
            shares[largest(remainders)]++;
        }
        return shares;
    }

    /** The index of the largest remainder (the first of equals), which is then used up. */
    private static int largest(long[] remainders) {
        int best = 0;
        for (int i = 1; i < remainders.length; i++) {
            if (remainders[i] > remainders[best]) {
                best = i;
            }
        }
        remainders[best] = -1;
        return best;
    }
}
