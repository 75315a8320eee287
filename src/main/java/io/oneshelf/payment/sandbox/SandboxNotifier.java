package io.oneshelf.payment.sandbox;

import io.oneshelf.payment.gateway.PaymentSettings;
import io.oneshelf.payment.gateway.WechatPayKeys;
import io.oneshelf.payment.gateway.WechatPayKeys.SandboxSecrets;
import io.oneshelf.payment.gateway.WechatPayV3;
import io.oneshelf.payment.sandbox.SandboxBooks.Owed;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the notifications the sandbox owes, as WeChat Pay API v3 does: a JSON body whose resource is the
 * transaction or refund encrypted with AEAD_AES_256_GCM under the merchant's API v3 key, signed with the
 * platform key over {@code timestamp\nnonce\nbody\n} in the Wechatpay-Timestamp / -Nonce / -Signature / -Serial
 * headers. Each attempt is encrypted and signed afresh (new nonces); the notification id stays. Anything but a
 * 2xx is sent again after {@code oneshelf.payment.sandbox.notify-retry}, 15 attempts in all. Held notifications
 * wait for {@link #send}.
 */
@Component
@ConditionalOnProperty(name = "oneshelf.payment.sandbox.enabled", havingValue = "true", matchIfMissing = true)
class SandboxNotifier {

    private static final Logger log = LoggerFactory.getLogger(SandboxNotifier.class);
    private static final int ATTEMPTS = 15;

    private final SandboxBooks books;
    private final WechatPayKeys keys;
    private final Duration retry;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wechatpay-sandbox-notifier");
        t.setDaemon(true);
        return t;
    });

    SandboxNotifier(SandboxBooks books, WechatPayKeys keys, PaymentSettings settings) {
        this.books = books;
        this.keys = keys;
        this.retry = settings.sandbox().notifyRetry();
    }

    /** Sends what is due once the current transaction has committed. */
    void wakeAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT5S")
    void wake() {
        again.set(true);
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(this::drain);
        } catch (RejectedExecutionException e) {
            busy.set(false);
        }
    }

    private void drain() {
        try {
            while (again.getAndSet(false)) {
                for (Owed n : books.claimDue(Math.max(1, retry.toSeconds()), 20)) {
                    int status = post(n);
                    books.attempted(n.id(), status, n.attempts() + 1 >= ATTEMPTS);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Sandbox notifications: {}", e.getMessage());
        } finally {
            busy.set(false);
        }
    }

    /** Sends a notification now (again, if it was delivered; a held one too); answers the merchant's status. */
    int send(String id) {
        Owed n = books.owed(id).orElseThrow(() -> new SandboxGateway.Refusal(404, "RESOURCE_NOT_EXISTS",
                "no such notification"));
        int status = post(n);
        books.attempted(id, status, false);
        return status;
    }

    /** The request a notification's attempt is: headers and body, signed and encrypted now. */
    record Signed(Map<String, String> headers, String body) {
    }

    Signed sign(Owed n) {
        SandboxSecrets s = keys.sandbox();
        String aeadNonce = WechatPayV3.nonce(12);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("original_type", n.originalType());
        resource.put("algorithm", WechatPayV3.ALGORITHM);
        resource.put("ciphertext", WechatPayV3.encrypt(s.apiV3Key(), n.originalType(), aeadNonce, n.plaintext()));
        resource.put("associated_data", n.originalType());
        resource.put("nonce", aeadNonce);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", n.id());
        body.put("create_time", SandboxJson.time(n.createdAt() == null ? OffsetDateTime.now() : n.createdAt()));
        body.put("resource_type", "encrypt-resource");
        body.put("event_type", n.eventType());
        body.put("summary", n.summary());
        body.put("resource", resource);
        String text = SandboxJson.write(body);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String nonce = WechatPayV3.nonce(32);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WechatPayV3.TIMESTAMP, timestamp);
        headers.put(WechatPayV3.NONCE, nonce);
        headers.put(WechatPayV3.SERIAL, s.platformKeyId());
        headers.put(WechatPayV3.SIGNATURE, WechatPayV3.sign(s.platformKey(),
                WechatPayV3.responseMessage(timestamp, nonce, text)));
        headers.put(WechatPayV3.SIGNATURE_TYPE, WechatPayV3.SCHEMA);
        return new Signed(headers, text);
    }

    private int post(Owed n) {
        Signed signed = sign(n);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(n.notifyUrl())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "*/*")
                .POST(HttpRequest.BodyPublishers.ofString(signed.body()));
        signed.headers().forEach(request::header);
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                log.info("Sandbox notification {} ({}) answered {}", n.id(), n.eventType(), status);
            }
            return status;
        } catch (IOException | IllegalArgumentException e) {
            log.info("Sandbox notification {} to {} failed: {}", n.id(), n.notifyUrl(), e.toString());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
