package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Integrations sign each request with their secret, as an ERP would. */
class SignedRequestTest extends ApiTest {

    private Brand brand;
    private String admin;
    private String clientId;
    private String keyId;
    private String secret;

    @BeforeEach
    void issueClient() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply client = api.post("/api/v1/api-clients", admin, Map.of("name", "ERP", "role", "HQ_ADMIN",
                "scopeType", "BRAND"));
        assertThat(client.status()).isEqualTo(201);
        clientId = client.id();
        keyId = client.body().get("keyId").asString();
        secret = client.body().get("secret").asString();
    }

    private Reply signed(String method, String path, String body, long timestamp, String nonce, String key) {
        String canonical = String.join("\n", method, path, Long.toString(timestamp), nonce, sha256(body));
        Map<String, String> headers = Map.of("X-Api-Key", key, "X-Api-Timestamp", Long.toString(timestamp),
                "X-Api-Nonce", nonce, "X-Api-Signature", hmac(canonical));
        String idempotencyKey = method.equals("GET") ? null : UUID.randomUUID().toString();
        return api.send(method, path, null, body.isEmpty() ? null : body, idempotencyKey, headers);
    }

    private Reply signedNow(String method, String path, String body) {
        return signed(method, path, body, Instant.now().getEpochSecond(), UUID.randomUUID().toString(), keyId);
    }

    @Test
    void a_correctly_signed_request_acts_as_the_client() {
        Reply me = signedNow("GET", "/api/v1/me", "");
        Reply created = signedNow("POST", "/api/v1/regions", "{\"code\":\"ERP1\",\"name\":\"From ERP\"}");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("kind").asString()).isEqualTo("API_CLIENT");
        assertThat(me.body().get("tenant").get("id").asString()).isEqualTo(brand.tenantId().toString());
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void a_replayed_nonce_is_refused() {
        String nonce = UUID.randomUUID().toString();
        long now = Instant.now().getEpochSecond();

        assertThat(signed("GET", "/api/v1/me", "", now, nonce, keyId).status()).isEqualTo(200);
        assertThat(signed("GET", "/api/v1/me", "", now, nonce, keyId).status()).isEqualTo(401);
    }

    @Test
    void a_stale_timestamp_is_refused() {
        long tenMinutesAgo = Instant.now().getEpochSecond() - 600;

        Reply reply = signed("GET", "/api/v1/me", "", tenMinutesAgo, UUID.randomUUID().toString(), keyId);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_tampered_body_or_unknown_key_is_refused_and_changes_nothing() {
        long before = brands.count("region", brand.tenantId());
        long now = Instant.now().getEpochSecond();
        String signedBody = "{\"code\":\"ERP2\",\"name\":\"Signed\"}";
        String canonical = String.join("\n", "POST", "/api/v1/regions", Long.toString(now), "n-1",
                sha256(signedBody));
        Reply tampered = api.send("POST", "/api/v1/regions", null, "{\"code\":\"EVIL\",\"name\":\"Tampered\"}",
                UUID.randomUUID().toString(), Map.of("X-Api-Key", keyId, "X-Api-Timestamp", Long.toString(now),
                        "X-Api-Nonce", "n-1", "X-Api-Signature", hmac(canonical)));
        Reply unknown = signed("GET", "/api/v1/me", "", now, UUID.randomUUID().toString(), "osk_unknown");

        assertThat(tampered.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void a_revoked_client_is_refused() {
        assertThat(api.post("/api/v1/api-clients/" + clientId + "/revoke", admin, Map.of()).status()).isEqualTo(200);

        assertThat(signedNow("GET", "/api/v1/me", "").status()).isEqualTo(401);
    }

    @Test
    void a_signed_multipart_upload_is_refused_clearly_because_its_body_was_read_for_the_signature() {
        String path = "/api/v1/products/" + UUID.randomUUID() + "/images";
        String body = "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                      + "Content-Type: image/png\r\n\r\nxx\r\n--b1--\r\n";
        long now = Instant.now().getEpochSecond();
        String nonce = UUID.randomUUID().toString();
        String canonical = String.join("\n", "POST", path, Long.toString(now), nonce, sha256(body));
        Map<String, String> headers = Map.of("X-Api-Key", keyId, "X-Api-Timestamp", Long.toString(now),
                "X-Api-Nonce", nonce, "X-Api-Signature", hmac(canonical),
                "Content-Type", "multipart/form-data; boundary=b1");

        Reply reply = api.send("POST", path, null, body, UUID.randomUUID().toString(), headers);

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.body().get("detail").asString()).contains("multipart");
    }

    private String hmac(String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
