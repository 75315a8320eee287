package io.oneshelf.integration.webhook;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.oneshelf.integration.webhook.WebhookEndpoints.Draft;
import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The bodies of the webhook endpoints' API. */
final class WebhookRequests {

    /** An event type name: {@code module.thing.past-tense}, lower case with dots. */
    static final String TYPE = "[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+";

    private WebhookRequests() {
    }

    record NewWebhookEndpoint(
            @Schema(description = "An http or https URL on a public address") @NotBlank @Size(max = 2000) String url,
            @Schema(description = "The event types to send; none (or absent) means every type")
            @Size(max = 50) List<@NotBlank @Size(max = 100) @Pattern(regexp = TYPE) String> eventTypes,
            @Size(max = 500) String description,
            @Schema(description = "Whether events go to it now; true if absent") Boolean enabled) {

        Draft draft() {
            return new Draft(url, eventTypes == null ? List.of() : eventTypes, description,
                    enabled == null || enabled);
        }
    }

    record WebhookEndpointChange(
            @NotBlank @Size(max = 2000) String url,
            @Schema(description = "The event types to send; none means every type")
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) @Pattern(regexp = TYPE) String> eventTypes,
            @NotNull @Size(max = 500) String description,
            @NotNull Boolean enabled,
            @Schema(description = "The version read; a change to an older one is refused (409)") @NotNull Integer version) {

        Draft draft() {
            return new Draft(url, eventTypes, description, enabled);
        }
    }

    record WebhookSecretRotation(
            @Schema(description = "How long the old secret still signs beside the new one, in minutes (0-10080);"
                    + " the server's setting (24 hours by default) if absent")
            @Min(0) @Max(10080) Integer overlapMinutes) {
    }

    record WebhookTestSend() {
    }

    record WebhookRedelivery() {
    }

    record WebhookRedeliverySince(
            @Schema(description = "Every event sent to the endpoint at or after this time (ISO-8601 with offset)",
                    format = "date-time", example = "2026-05-01T00:00:00+08:00") @NotBlank @Size(max = 40) String since) {

        Instant from() {
            try {
                return OffsetDateTime.parse(since).toInstant();
            } catch (DateTimeParseException e) {
                throw Rejection.invalid("since", "integration.webhook.since.invalid");
            }
        }
    }

    /** An endpoint just made or with a new secret: the only answer that carries the secret. */
    record IssuedWebhookEndpoint(@JsonUnwrapped WebhookEndpoint endpoint,
                                 @Schema(description = "whsec_ and Base64 of 32 random bytes; shown once")
                                 String secret) {
    }

    record WebhookRedeliveryCount(@Schema(description = "How many deliveries were made") int deliveries) {
    }

    /** A delivery with what it sent and each attempt. */
    record WebhookDeliveryDetail(@JsonUnwrapped WebhookDelivery delivery, String body,
                                 @Schema(description = "Every attempt, the first first") List<DeliveryAttempt> history) {
    }
}
