package io.oneshelf.messaging;

/**
 * Broadcasts to customer groups (WeCom/WeChat groups), in process. Consent is per member: the provider is handed
 * only the members who consented to the message's purpose on its channel, and every member gets an outbox entry,
 * {@code SENT} or {@code REFUSED}. Call it after the transaction that decided to send.
 */
public interface GroupMessenger {

    /** Sends the message once per {@link GroupMessage#reference()}: a repeat answers the first one's delivery. */
    GroupDelivery broadcast(GroupMessage message);
}
