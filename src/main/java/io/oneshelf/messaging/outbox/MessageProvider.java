package io.oneshelf.messaging.outbox;

import io.oneshelf.messaging.MessageChannel;
import io.oneshelf.messaging.OutgoingMessage;

/**
 * A message provider (an SMS gateway, the WeChat official account's template API, WeCom): delivers a message it
 * carries to a recipient address, or throws {@link NotDelivered}.
 */
interface MessageProvider {

    /** The provider's name, kept on each outbox entry. */
    String name();

    boolean carries(MessageChannel channel);

    void deliver(OutgoingMessage message, String recipient);

    /** The provider did not accept the message. */
    class NotDelivered extends RuntimeException {

        NotDelivered(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
