package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Customers sign in to a brand's shop with their phone and the one-time code sent to it, over HTTP. */
class ShopSignInTest extends ApiTest {

    private Brand brand;
    private String phone;

    @BeforeEach
    void aShopAndAPhone() {
        brand = brands.aBrand();
        phone = Shoppers.aPhone();
    }

    @Test
    void a_customer_signs_in_with_the_code_sent_to_their_phone_and_is_registered_on_the_first_sign_in() {
        String code = Shoppers.codeFor(api, brand.code(), "+86 " + phone.substring(0, 3) + " " + phone.substring(3));

        Reply tokens = Shoppers.signInReply(api, brand.code(), phone, code);

        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
        assertThat(tokens.body().get("firstSignIn").asBoolean()).isTrue();
        assertThat(tokens.body().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.body().get("expiresIn").asLong()).isBetween(60L, 3600L);
        Reply me = api.get("/api/v1/shop/" + brand.code() + "/me", tokens.body().get("accessToken").asString());
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body().get("phone").asString()).isEqualTo(phone);
        assertThat(me.body().get("id").asString()).isEqualTo(tokens.body().get("customerId").asString());

        ageCodes(phone, 120);
        Reply again = Shoppers.signInReply(api, brand.code(), phone, Shoppers.codeFor(api, brand.code(), phone));
        assertThat(again.body().get("firstSignIn").asBoolean()).isFalse();
        assertThat(again.body().get("customerId")).isEqualTo(tokens.body().get("customerId"));
        assertThat(brands.count("customer", brand.tenantId())).isEqualTo(1);
    }

    @Test
    void a_wrong_code_is_refused_naming_the_code_and_the_right_one_still_works_after() {
        String code = Shoppers.codeFor(api, brand.code(), phone);

        Reply wrong = Shoppers.signInReply(api, brand.code(), phone, otherThan(code));

        assertBadCode(wrong, "4 tries left");
        assertThat(Shoppers.signInReply(api, brand.code(), phone, code).status()).isEqualTo(200);
        assertThat(Shoppers.signInReply(api, brand.code(), phone, code).status())
                .as("a code works once").isEqualTo(401);
    }

    @Test
    void an_expired_code_is_refused() {
        String code = Shoppers.codeFor(api, brand.code(), phone);
        brands.jdbc().sql("update customer_sign_in_code set expires_at = now() - interval '1 second'"
                + " where phone = :phone").param("phone", phone).update();

        assertBadCode(Shoppers.signInReply(api, brand.code(), phone, code), "expired");
    }

    @Test
    void after_five_tries_even_the_right_code_is_refused() {
        String code = Shoppers.codeFor(api, brand.code(), phone);
        for (int i = 1; i <= 4; i++) {
            assertBadCode(Shoppers.signInReply(api, brand.code(), phone, otherThan(code)), (5 - i) + " tries left");
        }
        assertBadCode(Shoppers.signInReply(api, brand.code(), phone, otherThan(code)), "tried too often");

        assertBadCode(Shoppers.signInReply(api, brand.code(), phone, code), "tried too often");
        ageCodes(phone, 120);
        String fresh = Shoppers.codeFor(api, brand.code(), phone);
        assertThat(Shoppers.signInReply(api, brand.code(), phone, fresh).status()).isEqualTo(200);
    }

    @Test
    void only_the_newest_code_of_a_phone_counts() {
        String first = Shoppers.codeFor(api, brand.code(), phone);
        ageCodes(phone, 120);
        String second = Shoppers.codeFor(api, brand.code(), phone);

        Reply withFirst = Shoppers.signInReply(api, brand.code(), phone, first);

        assertThat(withFirst.status()).isEqualTo(first.equals(second) ? 200 : 401);
    }

    @Test
    void a_phone_gets_one_code_a_minute_then_429_with_retry_after() {
        Shoppers.codeFor(api, brand.code(), phone);

        Reply again = askForCode(phone);

        assertThat(again.status()).as(again.toString()).isEqualTo(429);
        assertThat(again.body().get("type").asString()).endsWith("/too-many-requests");
        assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(askForCode(Shoppers.aPhone()).status()).as("another phone").isEqualTo(202);
    }

    @Test
    void a_phone_gets_at_most_ten_codes_a_day() {
        for (int i = 0; i < 10; i++) {
            assertThat(askForCode(phone).status()).isEqualTo(202);
            ageCodes(phone, 61);
        }

        Reply eleventh = askForCode(phone);

        assertThat(eleventh.status()).as(eleventh.toString()).isEqualTo(429);
        assertThat(Long.parseLong(eleventh.header("Retry-After"))).isBetween(23 * 3600L, 24 * 3600L);
        assertThat(eleventh.body().get("detail").asString()).contains("10 codes today");
    }

    @Test
    void codes_are_kept_only_as_keyed_digests() {
        String code = Shoppers.codeFor(api, brand.code(), phone);

        String stored = brands.jdbc().sql("select code_hash from customer_sign_in_code where phone = :phone")
                .param("phone", phone).query(String.class).single();

        assertThat(stored).hasSize(64).doesNotContain(code);
    }

    @Test
    void an_unknown_shop_is_404_and_a_phone_that_is_not_a_mainland_mobile_is_400_naming_it() {
        Reply unknown = api.send("POST", "/api/v1/shop/no-such-brand/sign-in/code", null, Map.of("phone", phone),
                null);
        Reply landline = askForCode("021-62880001");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(landline.status()).isEqualTo(400);
        assertThat(landline.body().get("errors").get(0).get("field").asString()).isEqualTo("phone");
    }

    @Test
    void a_refresh_token_rotates_and_a_spent_one_revokes_the_whole_family() {
        Shopper shopper = Shoppers.signIn(api, brand.code(), phone);

        Reply refreshed = refresh(brand.code(), shopper.refreshToken());
        Reply reused = refresh(brand.code(), shopper.refreshToken());
        Reply successor = refresh(brand.code(), refreshed.body().get("refreshToken").asString());

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(api.get(shopper.path("/me"), refreshed.body().get("accessToken").asString()).status())
                .isEqualTo(200);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(successor.status()).as("revoked with its family when the spent one came back").isEqualTo(401);
    }

    @Test
    void a_refresh_token_works_only_at_its_own_shop_and_signing_out_revokes_it() {
        Shopper shopper = Shoppers.signIn(api, brand.code(), phone);
        Brand other = brands.aBrand();

        assertThat(refresh(other.code(), shopper.refreshToken()).status()).isEqualTo(401);
        Reply out = api.send("POST", shopper.path("/sign-out"), null,
                Map.of("refreshToken", shopper.refreshToken()), null);
        assertThat(out.status()).isEqualTo(204);
        assertThat(refresh(brand.code(), shopper.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void a_stale_token_sent_along_does_not_stop_a_customer_signing_in() {
        Reply sent = api.send("POST", "/api/v1/shop/" + brand.code() + "/sign-in/code", "not-a-valid-token",
                Map.of("phone", phone), null);

        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        Reply tokens = api.send("POST", "/api/v1/shop/" + brand.code() + "/sign-in", "not-a-valid-token",
                Map.of("phone", phone, "code", Shoppers.lastCode(api, phone)), null);
        assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
    }

    private Reply askForCode(String phone) {
        return api.send("POST", "/api/v1/shop/" + brand.code() + "/sign-in/code", null, Map.of("phone", phone), null);
    }

    private Reply refresh(String brandCode, String refreshToken) {
        return api.send("POST", "/api/v1/shop/" + brandCode + "/token/refresh", null,
                Map.of("refreshToken", refreshToken), null);
    }

    /** Moves the phone's codes back in time, as if they had been sent that many seconds earlier. */
    private void ageCodes(String phone, int seconds) {
        brands.jdbc().sql("update customer_sign_in_code set sent_at = sent_at - make_interval(secs => :s)"
                + " where phone = :phone").param("s", seconds).param("phone", phone).update();
    }

    private static void assertBadCode(Reply reply, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.body().get("type").asString()).endsWith("/bad-credentials");
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(reply.body().get("errors").get(0).get("message").asString()).contains(message);
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
