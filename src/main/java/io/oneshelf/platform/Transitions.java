package io.oneshelf.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one place that lists which status changes a thing allows (a transfer, a stocktake, an order …): a table
 * from each status to the statuses it may become. A status the table does not name, or names with no next
 * status, is final. The aggregate asks {@link #check} before each transition; a refused one is a
 * {@link TransitionRefused}.
 *
 * <pre>{@code
 * static final Transitions<TransferStatus> TRANSITIONS = Transitions.of(Map.of(
 *         REQUESTED, EnumSet.of(SHIPPED, CANCELLED),
 *         SHIPPED, EnumSet.of(RECEIVED)));
 * }</pre>
 *
 * @param <S> the thing's status
 */
public final class Transitions<S extends Enum<S>> {

    private final Map<S, Set<S>> next;

    private Transitions(Map<S, Set<S>> next) {
        this.next = next;
    }

    /** The table: each status to the statuses it may become; statuses left out are final. */
    public static <S extends Enum<S>> Transitions<S> of(Map<S, ? extends Set<S>> table) {
        Map<S, Set<S>> copy = new HashMap<>();
        table.forEach((from, tos) -> copy.put(from, Set.copyOf(tos)));
        return new Transitions<>(Map.copyOf(copy));
    }

    /** Whether {@code from} may become {@code to}. */
    public boolean allows(S from, S to) {
        return next.getOrDefault(from, Set.of()).contains(to);
    }

    /** Passes when {@code from} may become {@code to}; else throws {@link TransitionRefused}. */
    public void check(S from, S to) {
        if (!allows(from, to)) {
            throw new TransitionRefused(from, to);
        }
    }

    /** The statuses {@code from} may become; empty when it is final. */
    public Set<S> next(S from) {
        return next.getOrDefault(from, Set.of());
    }
}
