package io.oneshelf.messaging;

import java.util.List;
import java.util.UUID;

/**
 * What became of a group message: the members it reached and those it was refused for (no consent), each with an
 * outbox entry, and the provider that carried it ({@code none} when it reached nobody).
 */
public record GroupDelivery(UUID id, List<UUID> reached, List<UUID> refused, String provider) {

    public GroupDelivery {
        reached = List.copyOf(reached);
        refused = List.copyOf(refused);
    }
}
