package io.oneshelf.messaging;

/**
 * Why a message is sent. {@code SERVICE}: what the customer asked for or must know about their own business with
 * the brand (a sign-in code, an order notice), which needs no marketing consent. {@code MARKETING}: everything else
 * the brand says unasked (offers, a guide introducing themselves), which needs the customer's {@code MARKETING}
 * consent on the channel.
 */
public enum MessagePurpose {
    SERVICE,
    MARKETING
}
