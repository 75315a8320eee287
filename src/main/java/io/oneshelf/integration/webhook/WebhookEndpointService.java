package io.oneshelf.integration.webhook;

import io.oneshelf.integration.webhook.WebhookDeliveries.NewDelivery;
import io.oneshelf.integration.webhook.WebhookEndpoints.Draft;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a brand admin does with webhook endpoints and deliveries: register, change, rotate the secret, remove,
 * send a test, redeliver. Every change is audited in its own transaction; secrets are returned once and never
 * written to the audit log.
 */
@Service
class WebhookEndpointService {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookMessages messages;
    private final TargetGuard guard;
    private final WebhookProperties properties;
    private final AuditLog audit;

    WebhookEndpointService(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookMessages messages,
                           TargetGuard guard, WebhookProperties properties, AuditLog audit) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.messages = messages;
        this.guard = guard;
        this.properties = properties;
        this.audit = audit;
    }

    /** An endpoint with the secret that signs its deliveries, shown this once. */
    record Issued(WebhookEndpoint endpoint, String secret) {
    }

    @Transactional
    Issued create(Actor actor, Draft draft) {
        Draft checked = checked(draft);
        UUID id = Ids.next();
        String secret = WebhookSignature.newSecret();
        endpoints.insert(actor.tenantId(), id, checked, secret);
        WebhookEndpoint created = find(actor, id);
        audit.record(actor, "webhook-endpoint.created", "webhook-endpoint", id, null, created);
        return new Issued(created, secret);
    }

    @Transactional
    WebhookEndpoint update(Actor actor, UUID id, Draft draft, int version) {
        WebhookEndpoint before = endpoints.lock(actor.tenantId(), id)
                .orElseThrow(() -> Rejection.notFound("webhook-endpoint"));
        if (before.version() != version) {
            throw Rejection.staleVersion();
        }
        endpoints.update(actor.tenantId(), id, checked(draft));
        WebhookEndpoint after = find(actor, id);
        audit.record(actor, "webhook-endpoint.updated", "webhook-endpoint", id, before, after);
        return after;
    }

    /** A new secret; the old one keeps signing (beside the new one) for {@code overlap}, or the configured time. */
    @Transactional
    Issued rotate(Actor actor, UUID id, Duration overlap) {
        WebhookEndpoint before = endpoints.lock(actor.tenantId(), id)
                .orElseThrow(() -> Rejection.notFound("webhook-endpoint"));
        Duration keep = overlap == null ? properties.secretOverlap() : overlap;
        String secret = WebhookSignature.newSecret();
        endpoints.rotate(actor.tenantId(), id, secret, OffsetDateTime.now(ZoneOffset.UTC).plus(keep));
        WebhookEndpoint after = find(actor, id);
        audit.record(actor, "webhook-endpoint.secret-rotated", "webhook-endpoint", id, before, after);
        return new Issued(after, secret);
    }

    @Transactional
    void delete(Actor actor, UUID id) {
        WebhookEndpoint before = endpoints.lock(actor.tenantId(), id)
                .orElseThrow(() -> Rejection.notFound("webhook-endpoint"));
        endpoints.delete(actor.tenantId(), id);
        audit.record(actor, "webhook-endpoint.deleted", "webhook-endpoint", id, before, null);
    }

    /** Queues a test message to the endpoint, enabled or not; answers its delivery. */
    @Transactional
    WebhookDelivery testSend(Actor actor, UUID id) {
        WebhookEndpoint endpoint = find(actor, id);
        UUID messageId = Ids.next();
        String body = messages.test(messageId, actor.tenantId(), endpoint.id(), Instant.now());
        UUID delivery = deliveries.insert(List.of(new NewDelivery(actor.tenantId(), endpoint.id(), messageId,
                WebhookMessages.TEST_TYPE, body, true, null))).get(0);
        audit.record(actor, "webhook-endpoint.test-sent", "webhook-endpoint", id, null, null);
        return delivery(actor, delivery);
    }

    /** Sends a delivery's message again, as a new delivery with the same {@code webhook-id}. */
    @Transactional
    WebhookDelivery redeliver(Actor actor, UUID deliveryId) {
        NewDelivery again = deliveries.content(actor.tenantId(), deliveryId)
                .orElseThrow(() -> Rejection.notFound("webhook-delivery"));
        UUID id = deliveries.insert(List.of(again)).get(0);
        audit.record(actor, "webhook-delivery.redelivered", "webhook-endpoint", again.endpointId(), null,
                java.util.Map.of("deliveryId", deliveryId));
        return delivery(actor, id);
    }

    /** Sends again everything the endpoint was sent since {@code since}; answers how many deliveries were made. */
    @Transactional
    int redeliverSince(Actor actor, UUID endpointId, Instant since) {
        find(actor, endpointId);
        Instant from = since.isBefore(Instant.EPOCH) ? Instant.EPOCH : since;
        int count = deliveries.redeliverSince(actor.tenantId(), endpointId, from);
        audit.record(actor, "webhook-endpoint.redelivered", "webhook-endpoint", endpointId, null,
                java.util.Map.of("since", from.toString(), "deliveries", count));
        return count;
    }

    WebhookEndpoint find(Actor actor, UUID id) {
        return endpoints.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("webhook-endpoint"));
    }

    WebhookDelivery delivery(Actor actor, UUID id) {
        return deliveries.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("webhook-delivery"));
    }

    private Draft checked(Draft draft) {
        guard.check(draft.url().trim(), "url");
        return new Draft(draft.url().trim(), draft.eventTypes().stream().map(String::trim).distinct().toList(),
                draft.description() == null ? "" : draft.description().trim(), draft.enabled());
    }
}
