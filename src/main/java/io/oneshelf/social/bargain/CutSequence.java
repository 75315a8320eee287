package io.oneshelf.social.bargain;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The cuts of a bargain, drawn once when it starts: {@code helpers} amounts in fen, each at least 1, that sum to
 * exactly {@code total} (start − floor), so the price reaches the floor exactly at the last helper. Front-loaded, as
 * customers expect (the first friends cut most): each helper's share of what is above the 1-fen minimums is weighed
 * by a random draw times how many helpers are still to come, then apportioned to the fen (largest remainders first).
 */
final class CutSequence {

    private CutSequence() {
    }

    static List<Long> draw(long total, int helpers, RandomGenerator random) {
        if (helpers < 1 || total < helpers) {
            throw new IllegalArgumentException("cannot cut " + total + " fen into " + helpers + " cuts of 1 fen or more");
        }
        long spare = total - helpers;
        double[] weights = new double[helpers];
        double sum = 0;
        for (int i = 0; i < helpers; i++) {
            weights[i] = (0.2 + random.nextDouble()) * (helpers - i);
            sum += weights[i];
        }
        long[] cuts = new long[helpers];
        double[] remainders = new double[helpers];
        long given = 0;
        for (int i = 0; i < helpers; i++) {
            double exact = spare * weights[i] / sum;
            cuts[i] = (long) Math.floor(exact);
            remainders[i] = exact - cuts[i];
            given += cuts[i];
        }
        // a floating-point sum a hair over the spare fen takes them back from the largest cut
        for (long over = given - spare; over > 0; over--) {
            int largest = 0;
            for (int i = 1; i < helpers; i++) {
                largest = cuts[i] > cuts[largest] ? i : largest;
            }
            cuts[largest]--;
            given--;
        }
        for (long left = spare - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < helpers; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            cuts[best]++;
            remainders[best] = -1;
        }
        List<Long> out = new ArrayList<>(helpers);
        for (long c : cuts) {
            out.add(c + 1);
        }
        return out;
    }
}
