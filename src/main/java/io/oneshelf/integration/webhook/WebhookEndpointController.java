package io.oneshelf.integration.webhook;

import io.oneshelf.integration.webhook.WebhookRequests.IssuedWebhookEndpoint;
import io.oneshelf.integration.webhook.WebhookRequests.NewWebhookEndpoint;
import io.oneshelf.integration.webhook.WebhookRequests.WebhookEndpointChange;
import io.oneshelf.integration.webhook.WebhookRequests.WebhookRedeliveryCount;
import io.oneshelf.integration.webhook.WebhookRequests.WebhookRedeliverySince;
import io.oneshelf.integration.webhook.WebhookRequests.WebhookSecretRotation;
import io.oneshelf.integration.webhook.WebhookRequests.WebhookTestSend;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The brand's webhook endpoints, for brand-wide admins. A secret is shown once, when made or rotated. */
@RestController
@RequestMapping("/api/v1/webhook-endpoints")
@Tag(name = "Webhooks")
@PreAuthorize("hasAuthority('integration:webhooks')")
class WebhookEndpointController {

    private final WebhookEndpoints endpoints;
    private final WebhookEndpointService service;

    WebhookEndpointController(WebhookEndpoints endpoints, WebhookEndpointService service) {
        this.endpoints = endpoints;
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "listWebhookEndpoints", summary = "List webhook endpoints")
    Page<WebhookEndpoint> list(@RequestParam(required = false) String cursor,
                               @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(endpoints.list(Actor.current().tenantId(), Page.after(cursor), size + 1), size,
                WebhookEndpoint::id);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "One webhook endpoint")
    WebhookEndpoint get(@PathVariable UUID id) {
        return service.find(Actor.current(), id);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createWebhookEndpoint",
            summary = "Register a webhook endpoint; its signing secret is returned once",
            description = "The URL must be http or https on a public address (private, loopback and link-local"
                    + " addresses are refused unless the server allows them). Deliveries follow Standard Webhooks.")
    ResponseEntity<IssuedWebhookEndpoint> create(@Valid @RequestBody NewWebhookEndpoint request) {
        WebhookEndpointService.Issued issued = service.create(Actor.current(), request.draft());
        return ResponseEntity.created(URI.create("/api/v1/webhook-endpoints/" + issued.endpoint().id()))
                .body(new IssuedWebhookEndpoint(issued.endpoint(), issued.secret()));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateWebhookEndpoint",
            summary = "Change a webhook endpoint's URL, event types, description or whether it is enabled")
    WebhookEndpoint update(@PathVariable UUID id, @Valid @RequestBody WebhookEndpointChange request) {
        return service.update(Actor.current(), id, request.draft(), request.version());
    }

    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Remove a webhook endpoint and its delivery log")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(Actor.current(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookEndpointSecret",
            summary = "Give the endpoint a new secret, returned once; the old one keeps signing for the overlap",
            description = "During the overlap every delivery carries two signatures (space-separated), one per secret.")
    IssuedWebhookEndpoint rotate(@PathVariable UUID id,
                                 @Valid @RequestBody(required = false) WebhookSecretRotation request) {
        Integer minutes = request == null ? null : request.overlapMinutes();
        WebhookEndpointService.Issued issued = service.rotate(Actor.current(), id,
                minutes == null ? null : Duration.ofMinutes(minutes));
        return new IssuedWebhookEndpoint(issued.endpoint(), issued.secret());
    }

    @PostMapping("/{id}/test")
    @ApiResponse(responseCode = "202", description = "Accepted: the test message is on its way",
            useReturnTypeSchema = true)
    @Operation(operationId = "sendWebhookTest",
            summary = "Send a test message (type webhook.test) to the endpoint, enabled or not")
    ResponseEntity<WebhookDelivery> test(@PathVariable UUID id,
                                         @RequestBody(required = false) WebhookTestSend request) {
        return ResponseEntity.accepted().body(service.testSend(Actor.current(), id));
    }

    @PostMapping("/{id}/redeliver")
    @ApiResponse(responseCode = "202", description = "Accepted: the deliveries are on their way",
            useReturnTypeSchema = true)
    @Operation(operationId = "redeliverWebhookEndpoint",
            summary = "Send again every event sent to the endpoint since a time, as new deliveries")
    ResponseEntity<WebhookRedeliveryCount> redeliver(@PathVariable UUID id,
                                                     @Valid @RequestBody WebhookRedeliverySince request) {
        return ResponseEntity.accepted().body(new WebhookRedeliveryCount(
                service.redeliverSince(Actor.current(), id, request.from())));
    }
}
