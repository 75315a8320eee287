package io.oneshelf.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our signatures as the Standard Webhooks specification defines them, checked against its published test vector
 * and verified by its reference library (com.standardwebhooks), an implementation independent of ours.
 */
class WebhookSignatureTest {

    @Test
    void the_specifications_test_vector_is_reproduced() {
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void the_reference_library_verifies_a_signature_made_with_a_fresh_secret() throws Exception {
        String secret = WebhookSignature.newSecret();
        long now = Instant.now().getEpochSecond();
        String body = "{\"id\":\"0190\",\"data\":{\"name\":\"珍珠奶茶\"}}";
        String header = WebhookSignature.header(List.of(secret), "0190-id", now, body);

        new Webhook(secret).verify(body, headers("0190-id", now, header));
        assertThatThrownBy(() -> new Webhook(WebhookSignature.newSecret()).verify(body, headers("0190-id", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(body + " ", headers("0190-id", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void a_secret_is_whsec_and_32_random_bytes() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void during_a_rotation_both_secrets_sign_and_either_verifies() throws Exception {
        String old = WebhookSignature.newSecret();
        String current = WebhookSignature.newSecret();
        long now = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(current, old), "id-1", now, "{}");

        assertThat(header.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        new Webhook(old).verify("{}", headers("id-1", now, header));
        new Webhook(current).verify("{}", headers("id-1", now, header));
    }

    static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
