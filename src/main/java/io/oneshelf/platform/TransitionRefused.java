package io.oneshelf.platform;

import java.util.List;

/**
 * A status change the thing's transition table does not allow, e.g. receiving a transfer that was never shipped.
 * The fault is on {@code status}; the message names both statuses in the reader's language.
 */
public final class TransitionRefused extends Rejection {

    private final Enum<?> from;
    private final Enum<?> to;

    public TransitionRefused(Enum<?> from, Enum<?> to) {
        super(Kind.CONFLICT, message(from, to), List.of(new Fault("status", message(from, to))));
        this.from = from;
        this.to = to;
    }

    private static Message message(Enum<?> from, Enum<?> to) {
        return Message.of("problem.transition-refused", Message.term(from), Message.term(to));
    }

    public Enum<?> from() {
        return from;
    }

    public Enum<?> to() {
        return to;
    }
}
