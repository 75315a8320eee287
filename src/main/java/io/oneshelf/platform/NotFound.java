package io.oneshelf.platform;

import java.util.List;

/** The thing does not exist, or not for this caller: another tenant's or scope's things are not found either. */
public final class NotFound extends Rejection {

    private final String thing;

    /** {@code thing} is the bundle code's tail: {@code store} names {@code thing.store}. */
    public NotFound(String thing) {
        super(Kind.NOT_FOUND, Message.of("problem.not-found", Message.of("thing." + thing)), List.of());
        this.thing = thing;
    }

    public String thing() {
        return thing;
    }
}
