package io.oneshelf.platform;

import static io.oneshelf.catalog.CatalogFixture.aCategory;
import static io.oneshelf.catalog.CatalogFixture.aMilkTea;
import static io.oneshelf.catalog.CatalogFixture.aProduct;
import static io.oneshelf.catalog.CatalogFixture.anEan13;
import static io.oneshelf.catalog.Pictures.aPng;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Multipart;
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
    void a_signed_multipart_upload_stores_the_picture_with_its_form_fields() {
        Reply product = aProduct(api, admin, aMilkTea("MT01", aCategory(api, admin, "DRINK", "饮品", null),
                anEan13()));
        String sku = product.body().get("skus").get(1).get("id").asString();
        String images = "/api/v1/products/" + product.id() + "/images";
        byte[] body = Multipart.file("tea.png", "image/png", aPng(40, 30)).with("skuId", sku).encode("b1");

        Reply stored = signedBytes(images, body, body);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.body().get("contentType").asString()).isEqualTo("image/png");
        assertThat(stored.body().get("width").asInt()).isEqualTo(40);
        assertThat(stored.body().get("skuId").asString()).isEqualTo(sku);
        assertThat(api.get(images, admin).body().findValuesAsString("id")).containsExactly(stored.id());
    }

    @Test
    void a_signed_upload_whose_bytes_differ_from_the_signed_ones_stores_nothing() {
        Reply product = aProduct(api, admin, aMilkTea("MT02", aCategory(api, admin, "DRINK", "饮品", null),
                anEan13()));
        String images = "/api/v1/products/" + product.id() + "/images";
        byte[] signedBody = Multipart.file("tea.png", "image/png", aPng(40, 30)).encode("b1");
        byte[] sentBody = Multipart.file("tea.png", "image/png", aPng(41, 30)).encode("b1");

        Reply refused = signedBytes(images, signedBody, sentBody);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(api.get(images, admin).body().findValuesAsString("id")).isEmpty();
    }

    @Test
    void a_signed_body_larger_than_one_request_is_refused_with_413_and_changes_nothing() {
        long before = brands.count("region", brand.tenantId());
        String padding = "x".repeat(12 * 1024 * 1024);
        String body = "{\"code\":\"BIG\",\"name\":\"" + padding + "\"}";

        Reply refused = signedNow("POST", "/api/v1/regions", body);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(brands.count("region", brand.tenantId())).isEqualTo(before);
    }

    /** Signs {@code signedBody} as a multipart upload with boundary b1, and sends {@code sentBody}. */
    private Reply signedBytes(String path, byte[] signedBody, byte[] sentBody) {
        long now = Instant.now().getEpochSecond();
        String nonce = UUID.randomUUID().toString();
        String canonical = String.join("\n", "POST", path, Long.toString(now), nonce, sha256(signedBody));
        return api.sendBytes("POST", path, sentBody, UUID.randomUUID().toString(), Map.of("X-Api-Key", keyId,
                "X-Api-Timestamp", Long.toString(now), "X-Api-Nonce", nonce, "X-Api-Signature", hmac(canonical),
                "Content-Type", "multipart/form-data; boundary=b1"));
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
        return sha256(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
