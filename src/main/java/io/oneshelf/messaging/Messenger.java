package io.oneshelf.messaging;

/**
 * Sends messages to customers, in process. A send is never an exception for the caller: a customer without consent
 * for the message's purpose on its channel, or without an address on it, gets a {@link Delivery.Status#REFUSED}
 * delivery (recorded), a provider that fails a {@link Delivery.Status#FAILED} one. Takes as long as the provider's
 * API does: call it after the transaction that decided to send, not inside it.
 */
public interface Messenger {

    /**
     * Sends the message, once per {@link OutgoingMessage#reference()}, customer and channel: a repeated send with a
     * reference answers the first one's delivery.
     */
    Delivery send(OutgoingMessage message);
}
