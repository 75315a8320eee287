package io.oneshelf.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One message to a customer group (a WeCom customer group, 客戶群) of a brand: the group's chat on the provider
 * ({@code externalId}) and the customers in it, each of whom it reaches only with their consent for its purpose.
 *
 * @param reference what it is about ({@code community-broadcast:<id>}): a repeated broadcast is a no-op
 */
public record GroupMessage(UUID brandId, String externalId, MessageChannel channel, MessagePurpose purpose,
                           String template, Map<String, String> parameters, List<UUID> members, String reference) {

    public GroupMessage {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        members = List.copyOf(members);
    }
}
