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

    /**
     * Delivers a group message to the group's chat ({@code message.externalId()}) for the consenting members'
     * addresses; a provider without groups delivers to each of them instead.
     */
    default void deliverToGroup(io.oneshelf.messaging.GroupMessage message, java.util.List<String> recipients) {
        throw new NotDelivered("no-group-support", null);
    }

    /** The provider did not accept the message. */
    class NotDelivered extends RuntimeException {

        NotDelivered(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
