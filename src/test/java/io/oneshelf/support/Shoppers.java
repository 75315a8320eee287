package io.oneshelf.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Customers of test brands, signed in over HTTP as a shop signs them in: a code is asked for, read from the
 * development SMS endpoint ({@code oneshelf.dev.sms-endpoint}, on in the test profile) and traded for tokens.
 */
public final class Shoppers {

    /** Fresh numbers for every sign-in of the JVM, so that no two tests share a phone's codes or limits. */
    private static final AtomicLong numbers = new AtomicLong(10_000_000L + System.nanoTime() % 80_000_000L);

    private Shoppers() {
    }

    /** A signed-in customer of one shop. */
    public record Shopper(String brandCode, String phone, UUID customerId, String accessToken, String refreshToken) {

        public String path(String tail) {
            return "/api/v1/shop/" + brandCode + tail;
        }
    }

    /** A mainland mobile number no other test uses: 137 and eight digits. */
    public static String aPhone() {
        return "137" + String.format("%08d", numbers.incrementAndGet() % 100_000_000L);
    }

    /** Asks for a code for the phone at the brand's shop and answers it (202 expected). */
    public static String codeFor(Api api, String brandCode, String phone) {
        Reply sent = api.send("POST", "/api/v1/shop/" + brandCode + "/sign-in/code", null, Map.of("phone", phone),
                null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        return lastCode(api, phone);
    }

    /** The newest code the log SMS provider "sent" to the phone. */
    public static String lastCode(Api api, String phone) {
        String code = lastCodeIfAny(api, phone);
        assertThat(code).as("messages to " + phone).isNotEmpty();
        return code;
    }

    /** The newest code sent to the phone, or "" while none was (a browser test waits for the one it asked for). */
    public static String lastCodeIfAny(Api api, String phone) {
        Reply sms = api.get("/api/v1/dev/sms?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8), null);
        assertThat(sms.status()).as(sms.toString()).isEqualTo(200);
        var items = sms.body().get("items");
        return items.isEmpty() ? "" : items.get(0).get("code").asString();
    }

    public static Reply signInReply(Api api, String brandCode, String phone, String code) {
        return api.send("POST", "/api/v1/shop/" + brandCode + "/sign-in", null, Map.of("phone", phone, "code", code),
                null);
    }

    /** Signs a customer in at the brand's shop (registering them on their first sign-in). */
    public static Shopper signIn(Api api, String brandCode, String phone) {
        Reply tokens = signInReply(api, brandCode, phone, codeFor(api, brandCode, phone));
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        return new Shopper(brandCode, phone, UUID.fromString(tokens.body().get("customerId").asString()),
                tokens.body().get("accessToken").asString(), tokens.body().get("refreshToken").asString());
    }

    /** A new customer of the brand, signed in. */
    public static Shopper aShopper(Api api, String brandCode) {
        return signIn(api, brandCode, aPhone());
    }

    /** A valid delivery address near People's Square, Shanghai. */
    public static Map<String, Object> anAddress(String recipient) {
        return Map.of("recipient", recipient, "phone", "13800138000", "province", "上海市", "city", "上海市",
                "district", "黄浦区", "line", "人民大道200号", "latitude", 31.230416, "longitude", 121.473701);
    }
}
