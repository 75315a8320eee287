package io.oneshelf.integration.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sends one attempt of a delivery as the Standard Webhooks specification says (blocking, in the delivery worker's own
 * thread: the JDK's asynchronous HttpClient hands every exchange to one selector thread, which under a server's full
 * load waited half a second per attempt for the CPU, docs/benchmarks.md): a POST of the JSON body with
 * {@code webhook-id} (the event's id, the same on every attempt), {@code webhook-timestamp} (this attempt's time
 * in Unix seconds) and {@code webhook-signature}. Connecting and answering are bounded by timeouts; redirects are
 * not followed (a 3xx is a failed attempt), and the receiver's address is checked again before sending.
 */
@Component
class WebhookSender {

    /** How much of a receiver's answer the delivery log keeps. */
    static final int EXCERPT = 500;

    private final TargetGuard guard;
    private final WebhookProperties properties;

    private final Timer sends;

    WebhookSender(TargetGuard guard, WebhookProperties properties, MeterRegistry meters) {
        this.sends = Timer.builder("oneshelf.webhooks.send.duration")
                .description("One attempt's HTTP call, signing included").register(meters);
        this.guard = guard;
        this.properties = properties;
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
            HttpURLConnection call = (HttpURLConnection) uri.toURL().openConnection(java.net.Proxy.NO_PROXY);
            call.setInstanceFollowRedirects(false);
            call.setConnectTimeout(millis(properties.connectTimeout()));
            call.setReadTimeout(millis(properties.requestTimeout()));
            call.setRequestMethod("POST");
            call.setDoOutput(true);
            call.setRequestProperty("content-type", "application/json");
            call.setRequestProperty("user-agent", "OneShelf-Webhooks/1");
            call.setRequestProperty("webhook-id", webhookId);
            call.setRequestProperty("webhook-timestamp", Long.toString(timestamp));
            call.setRequestProperty("webhook-signature", WebhookSignature.header(secrets, webhookId, timestamp, body));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            call.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = call.getOutputStream()) {
                out.write(bytes);
            }
            int status = call.getResponseCode();
            InputStream answer = status >= 400 ? call.getErrorStream() : call.getInputStream();
            String excerpt = answer == null ? "" : excerpt(answer);
            return new DeliveryAttempt(number, started, status, elapsed(begin), excerpt, null);
        } catch (SocketTimeoutException e) {
            return failure(number, started, "Timed out after " + elapsed(begin) + " ms");
        } catch (IOException | IllegalArgumentException e) {
            return failure(number, started, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static int millis(java.time.Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    private static DeliveryAttempt failure(int number, OffsetDateTime started, String error) {
        return new DeliveryAttempt(number, started, null, null, null, error);
    }

    /**
     * The first characters of the answer. A short answer is read to its end, so the connection goes back to the JDK's
     * keep-alive cache for the next attempt to this receiver; a long one is cut and its connection closed.
     */
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
