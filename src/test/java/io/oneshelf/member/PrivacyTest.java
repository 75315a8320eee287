package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PIPL: consent per purpose and channel, the export of a customer's data, deletion as anonymisation. */
class PrivacyTest extends ApiTest {

    private Brand brand;
    private Shopper shopper;
    private String admin;

    @BeforeEach
    void aCustomerWithAnAddress() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        shopper = Shoppers.aShopper(api, brand.code());
        assertThat(api.post(shopper.path("/me/addresses"), shopper.accessToken(), Shoppers.anAddress("Home"))
                .status()).isEqualTo(201);
    }

    @Test
    void consent_is_recorded_with_time_and_source_and_the_latest_answer_counts() {
        assertThat(consent("MARKETING", "SMS", true).status()).isEqualTo(200);
        assertThat(consent("MARKETING", "SMS", false).status()).isEqualTo(200);
        assertThat(consent("PROFILING", "APP", true).status()).isEqualTo(200);

        Reply current = api.get(shopper.path("/me/consents"), shopper.accessToken());
        assertThat(current.body()).hasSize(2);
        assertThat(current.raw()).contains("\"granted\":false");
        Reply history = api.get("/api/v1/customers/" + shopper.customerId() + "/consents", admin);
        assertThat(history.body()).hasSize(3);
        assertThat(history.body().get(0).get("source").asString()).isEqualTo("shop");
        assertThat(history.body().get(0).get("recordedAt").isNull()).isFalse();
    }

    @Test
    void a_bad_purpose_or_channel_is_400_naming_it_and_records_nothing() {
        Reply purpose = consent("SPAM", "SMS", true);
        assertThat(purpose.status()).isEqualTo(400);
        assertThat(purpose.body().get("errors").get(0).get("field").asString()).isEqualTo("purpose");
        Reply channel = api.put(shopper.path("/me/consents"), shopper.accessToken(),
                Map.of("purpose", "MARKETING", "granted", true));
        assertThat(channel.body().get("errors").get(0).get("field").asString()).isEqualTo("channel");
        assertThat(brands.count("customer_consent", brand.tenantId())).isZero();
    }

    @Test
    void a_customer_exports_their_data_and_deletion_anonymises_them() {
        consent("MARKETING", "WECHAT", true);
        Reply export = api.get(shopper.path("/me/export"), shopper.accessToken());
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.raw()).contains(shopper.phone(), "Home", "MARKETING");

        Reply unconfirmed = api.post(shopper.path("/me/deletion"), shopper.accessToken(), Map.of());
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body().get("errors").get(0).get("field").asString()).isEqualTo("confirm");
        Reply deleted = api.post(shopper.path("/me/deletion"), shopper.accessToken(), Map.of("confirm", true));

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        Reply profile = api.get("/api/v1/customers/" + shopper.customerId() + "/profile", admin);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.raw()).doesNotContain(shopper.phone());
        assertThat(profile.body().get("phone").isNull()).isTrue();
        assertThat(api.get("/api/v1/customers/" + shopper.customerId() + "/addresses", admin).body()).isEmpty();
        assertThat(api.get("/api/v1/customers?phone=" + shopper.phone(), admin).body().get("items")).isEmpty();
        assertThat(api.send("POST", shopper.path("/token/refresh"), null,
                Map.of("refreshToken", shopper.refreshToken()), null).status()).isEqualTo(401);
    }

    private Reply consent(String purpose, String channel, boolean granted) {
        return api.put(shopper.path("/me/consents"), shopper.accessToken(), Map.of("purpose", purpose,
                "channel", channel, "granted", granted));
    }
}
