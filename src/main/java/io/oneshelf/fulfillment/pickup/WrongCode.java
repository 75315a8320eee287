package io.oneshelf.fulfillment.pickup;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.List;

/**
 * A code that names no pickup the caller may verify: unknown in the brand (404), or a pickup of a store outside
 * the caller's scope (400). Either counts as a guess ({@link CodeGuesses}). {@code field} is what the caller sent:
 * {@code code} or {@code qr}.
 */
final class WrongCode extends Rejection {

    private WrongCode(Kind kind, Message message, String field) {
        super(kind, message, List.of(new Fault(field, message)));
    }

    static WrongCode unknown(String field) {
        return new WrongCode(Kind.NOT_FOUND, Message.of("fulfillment.pickup.unknown-code"), field);
    }

    /** Names no store: staff of one store learn nothing of another's orders. */
    static WrongCode otherStore(String field) {
        return new WrongCode(Kind.INVALID, Message.of("fulfillment.pickup.other-store"), field);
    }
}
