package io.oneshelf.integration.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sends one attempt of a delivery as the Standard Webhooks specification says: a POST of the JSON body with
 * {@code webhook-id} (the event's id, the same on every attempt), {@code webhook-timestamp} (this attempt's time
 * in Unix seconds) and {@code webhook-signature}. Connecting and answering are bounded by timeouts; redirects are
 * not followed (a 3xx is a failed attempt), and the receiver's address is checked again before sending.
 */
@Component
class WebhookSender {

    /** How much of a receiver's answer the delivery log keeps. */
    static final int EXCERPT = 500;

    private final HttpClient http;
    private final TargetGuard guard;
    private final WebhookProperties properties;

    private final Timer sends;

    WebhookSender(TargetGuard guard, WebhookProperties properties, MeterRegistry meters) {
        this.sends = Timer.builder("oneshelf.webhooks.send.duration")
                .description("One attempt's HTTP call, signing included").register(meters);
        this.guard = guard;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Attempt {@code number}; never throws, every failure is an outcome. */
    DeliveryAttempt send(int number, String url, List<String> secrets, String webhookId, String body) {
        return sends.record(() -> sendNow(number, url, secrets, webhookId, body));
    }

    private DeliveryAttempt sendNow(int number, String url, List<String> secrets, String webhookId, String body) {
        OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);
        long begin = System.nanoTime();
        try {
            URI uri = URI.create(url);
            String refused = guard.refusedAddress(uri.getHost());
            if (refused != null) {
                return failure(number, started, refused.isEmpty() ? "The host " + uri.getHost() + " does not resolve"
                        : "The address " + refused + " is private: not called");
            }
            long timestamp = started.toEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "OneShelf-Webhooks/1")
                    .header("webhook-id", webhookId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(secrets, webhookId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt = excerpt(response.body());
            return new DeliveryAttempt(number, started, response.statusCode(), elapsed(begin), excerpt, null);
        } catch (HttpTimeoutException e) {
            return failure(number, started, "Timed out after " + elapsed(begin) + " ms");
        } catch (IOException | IllegalArgumentException e) {
            return failure(number, started, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(number, started, "Interrupted (the server is stopping)");
        }
    }

    private static DeliveryAttempt failure(int number, OffsetDateTime started, String error) {
        return new DeliveryAttempt(number, started, null, null, null, error);
    }

    /** The first characters of the answer; the rest is not read (the connection closes with the stream). */
    private static String excerpt(InputStream body) throws IOException {
        try (body) {
            byte[] head = body.readNBytes(EXCERPT * 4);
            String text = new String(head, StandardCharsets.UTF_8).replace("\u0000", "");
            return text.length() > EXCERPT ? text.substring(0, EXCERPT) : text;
        }
    }

    private static int elapsed(long begin) {
        return (int) ((System.nanoTime() - begin) / 1_000_000);
    }
}
