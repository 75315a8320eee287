package io.oneshelf.messaging;

import java.util.Map;
import java.util.UUID;

/**
 * One message for one customer of a brand. Providers in China send approved templates with parameters rather than
 * free text, so a message is a template name and its values.
 *
 * @param purpose   why it is sent, which decides the consent it needs
 * @param reference what it is about ({@code guide-handover:<id>}), making a repeated send a no-op; null for none
 */
public record OutgoingMessage(UUID brandId, UUID customerId, MessageChannel channel, MessagePurpose purpose,
                              String template, Map<String, String> parameters, String reference) {

    public OutgoingMessage {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
