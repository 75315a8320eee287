package io.oneshelf.messaging;

import java.util.UUID;

/**
 * What became of a message: its outbox entry, {@code SENT} (by the provider named; the sandbox "sends" by recording),
 * {@code REFUSED} ({@code reason}: {@code no-consent}, {@code no-recipient}) or {@code FAILED} (the provider's
 * reason).
 */
public record Delivery(UUID id, Status status, String reason, String provider) {

    public enum Status { SENT, REFUSED, FAILED }
}
