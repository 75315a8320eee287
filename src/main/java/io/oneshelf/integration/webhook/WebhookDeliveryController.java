package io.oneshelf.integration.webhook;

import io.oneshelf.integration.webhook.WebhookDelivery.Status;
import io.oneshelf.integration.webhook.WebhookRequests.WebhookDeliveryDetail;
import io.oneshelf.integration.webhook.WebhookRequests.WebhookRedelivery;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.oneshelf.platform.web.TimePage;
import io.oneshelf.platform.web.TimeWindow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log of the brand's webhooks, newest first, and redelivery of one delivery. */
@RestController
@RequestMapping("/api/v1/webhook-deliveries")
@Tag(name = "Webhooks")
@PreAuthorize("hasAuthority('integration:webhooks')")
class WebhookDeliveryController {

    private final WebhookDeliveries deliveries;
    private final WebhookEndpointService service;

    WebhookDeliveryController(WebhookDeliveries deliveries, WebhookEndpointService service) {
        this.deliveries = deliveries;
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log, newest first",
            description = "A time-ordered list: `from` and `to` cut it to a period; `nextCursor` leads on in the "
                    + "list's order, `previousCursor` back towards its start.")
    TimePage<WebhookDelivery> list(
            @Parameter(description = "Only deliveries to this endpoint") @RequestParam(required = false) UUID endpointId,
            @Parameter(description = "Only deliveries in this state") @RequestParam(required = false) Status status,
            @Parameter(description = "Only events of this type, e.g. `inventory.stock.received`")
            @RequestParam(required = false) String type,
            @Parameter(description = "Deliveries made at or after this time (ISO-8601 with offset)")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime from,
            @Parameter(description = "Deliveries made before this time (ISO-8601 with offset); later than `from`")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE_TIME) OffsetDateTime to,
            @Parameter(description = "`newest` first (the default) or `oldest` first",
                    schema = @Schema(type = "string", allowableValues = {"newest", "oldest"}, defaultValue = "newest"))
            @RequestParam(required = false) String order,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        TimeWindow window = TimeWindow.of(from, to, order, cursor);
        return deliveries.page(Actor.current().tenantId(), new WebhookDeliveries.Filter(endpointId, status,
                type == null || type.isBlank() ? null : type.trim()), window, size);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery, with what it sent and every attempt")
    WebhookDeliveryDetail get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        WebhookDelivery delivery = service.delivery(actor, id);
        return new WebhookDeliveryDetail(delivery, deliveries.body(actor.tenantId(), id),
                deliveries.attempts(actor.tenantId(), id));
    }

    @PostMapping("/{id}/redeliver")
    @ApiResponse(responseCode = "202", description = "Accepted: the new delivery is on its way",
            useReturnTypeSchema = true)
    @Operation(operationId = "redeliverWebhookDelivery",
            summary = "Send a delivery's message again, as a new delivery with the same webhook-id")
    ResponseEntity<WebhookDelivery> redeliver(@PathVariable UUID id,
                                              @RequestBody(required = false) WebhookRedelivery request) {
        return ResponseEntity.accepted().body(service.redeliver(Actor.current(), id));
    }
}
