package io.oneshelf.loyalty.wallet;

import io.oneshelf.loyalty.ValueOwner;
import io.oneshelf.loyalty.WalletSpent.Part;
import io.oneshelf.platform.Rejection;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The spending order of a wallet (decision 0036). A spend takes the value of the owner of the place it is spent at
 * first (online: the brand's), then the other owners' buckets in the order they were opened; within a bucket it takes
 * principal and bonus in proportion to what the bucket holds (bonus rounded down, the rest principal), so that the
 * bonus is used up as the paid value is and the balance keeps its ratio. A refund gives back what the spend took and
 * was not given back yet, in proportion to each owner's principal and bonus (rounded down, the fen left over to the
 * parts in the spend's order): a full refund returns exactly the spend's split.
 */
final class Split {

    private Split() {
    }

    /** What one owner holds in a wallet (or what a spend took from it and was not refunded yet). */
    record Bucket(ValueOwner owner, long principal, long bonus) {
        long total() {
            return principal + bonus;
        }
    }

    /**
     * The parts {@code amount} fen is taken in from {@code buckets} (in the order they were opened) when spent at a
     * place of {@code placeOwner}; a balance that does not cover it is refused on {@code amount}.
     */
    static List<Part> spend(List<Bucket> buckets, long amount, ValueOwner placeOwner) {
        if (amount > buckets.stream().mapToLong(Bucket::total).sum()) {
            throw Rejection.invalid("amount", "loyalty.wallet.insufficient");
        }
        List<Bucket> ordered = new ArrayList<>(buckets.stream().filter(b -> b.owner().equals(placeOwner)).toList());
        buckets.stream().filter(b -> !b.owner().equals(placeOwner)).forEach(ordered::add);
        List<Part> parts = new ArrayList<>();
        long left = amount;
        for (Bucket b : ordered) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, b.total());
            if (take == 0) {
                continue;
            }
            long bonus = share(take, b.bonus(), b.total());
            parts.add(new Part(b.owner(), take - bonus, bonus));
            left -= take;
        }
        return parts;
    }

    /** The parts {@code amount} fen of refund goes back in, from what the spend took and was not refunded yet. */
    static List<Part> refund(List<Bucket> unrefunded, long amount) {
        long total = unrefunded.stream().mapToLong(Bucket::total).sum();
        if (amount > total) {
            throw new IllegalStateException("A refund of " + amount + " exceeds the " + total + " left to refund");
        }
        long[] values = new long[unrefunded.size() * 2];
        long[] given = new long[values.length];
        long allotted = 0;
        for (int i = 0; i < unrefunded.size(); i++) {
            values[2 * i] = unrefunded.get(i).principal();
            values[2 * i + 1] = unrefunded.get(i).bonus();
        }
        for (int i = 0; i < values.length; i++) {
            given[i] = share(amount, values[i], total);
            allotted += given[i];
        }
        for (int i = 0; i < values.length && allotted < amount; i++) {
            long more = Math.min(amount - allotted, values[i] - given[i]);
            given[i] += more;
            allotted += more;
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < unrefunded.size(); i++) {
            if (given[2 * i] + given[2 * i + 1] > 0) {
                parts.add(new Part(unrefunded.get(i).owner(), given[2 * i], given[2 * i + 1]));
            }
        }
        return parts;
    }

    /** {@code amount × part / whole}, rounded down (0 when the whole is 0). */
    private static long share(long amount, long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole))
                .longValueExact();
    }
}
