package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A storefront customer signs in with WeChat (the sandbox's code2session) and binds a phone the first time. */
class WechatSignInTest extends ApiTest {

    @Autowired
    Customers customers;

    private Brand brand;

    @BeforeEach
    void aBrand() {
        brand = brands.aBrand();
    }

    @Test
    void a_new_wechat_user_binds_a_phone_once_and_then_signs_in_with_wechat_alone() {
        JsonNode wx = wxLogin(null);
        Reply first = signIn(wx.get("code").asString());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().get("bound").asBoolean()).isFalse();
        String phone = Shoppers.aPhone();

        Reply bound = bind(first.body().get("bindToken").asString(), phone);

        assertThat(bound.status()).as(bound.toString()).isEqualTo(200);
        String customerId = bound.body().get("customerId").asString();
        assertThat(bound.body().get("firstSignIn").asBoolean()).isTrue();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.get("/api/v1/customers/" + customerId + "/profile", admin).raw())
                .contains("WECHAT_OPENID", wx.get("openid").asString(), "WECHAT_UNIONID");
        assertThat(customers.findByIdentity(brand.tenantId(), IdentityKind.WECHAT_UNIONID,
                wx.get("unionid").asString())).map(c -> c.id().toString()).contains(customerId);

        Reply again = signIn(wxLogin(wx.get("openid").asString()).get("code").asString());
        assertThat(again.body().get("bound").asBoolean()).isTrue();
        assertThat(again.body().get("tokens").get("customerId").asString()).isEqualTo(customerId);
        Reply me = api.get("/api/v1/shop/" + brand.code() + "/me",
                again.body().get("tokens").get("accessToken").asString());
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
    }

    @Test
    void a_wechat_user_binding_the_phone_of_a_customer_becomes_that_customer() {
        String phone = Shoppers.aPhone();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply registered = api.post("/api/v1/customers", admin, Map.of("phone", phone));
        assertThat(registered.status()).isEqualTo(201);
        Reply first = signIn(wxLogin(null).get("code").asString());

        Reply bound = bind(first.body().get("bindToken").asString(), phone);

        assertThat(bound.status()).as(bound.toString()).isEqualTo(200);
        assertThat(bound.body().get("customerId").asString()).isEqualTo(registered.id());
        assertThat(bound.body().get("firstSignIn").asBoolean()).isFalse();
    }

    @Test
    void a_used_or_unknown_code_is_401_on_code_and_a_spent_bind_token_401_on_bindToken() {
        String code = wxLogin(null).get("code").asString();
        Reply first = signIn(code);
        assertRefused(signIn(code), 401, "code");
        assertRefused(signIn("not-a-code"), 401, "code");
        assertRefused(signIn(""), 400, "code");
        String token = first.body().get("bindToken").asString();
        assertThat(bind(token, Shoppers.aPhone()).status()).isEqualTo(200);

        assertRefused(bind(token, Shoppers.aPhone()), 401, "bindToken");
        long before = brands.count("customer", brand.tenantId());
        assertRefused(bind("nope", Shoppers.aPhone()), 401, "bindToken");
        assertThat(brands.count("customer", brand.tenantId())).isEqualTo(before);
    }

    @Test
    void a_wrong_sms_code_is_401_on_code_and_binds_nothing() {
        Reply first = signIn(wxLogin(null).get("code").asString());
        String phone = Shoppers.aPhone();
        Shoppers.codeFor(api, brand.code(), phone);

        Reply refused = api.send("POST", "/api/v1/shop/" + brand.code() + "/sign-in/wechat/bind", null,
                Map.of("bindToken", first.body().get("bindToken").asString(), "phone", phone, "code", "000000"),
                null);

        assertRefused(refused, 401, "code");
        assertThat(brands.count("customer_identity", brand.tenantId())).isZero();
    }

    @Test
    void a_customer_binding_the_wechat_of_another_customer_merges_that_one_into_them_until_an_admin_undoes_it() {
        JsonNode wx = wxLogin(null);
        String earlier = bind(signIn(wx.get("code").asString()).body().get("bindToken").asString(), Shoppers.aPhone())
                .body().get("customerId").asString();
        var shopper = Shoppers.aShopper(api, brand.code());

        Reply bound = api.post(shopper.path("/me/identities/wechat"), shopper.accessToken(),
                Map.of("code", wxLogin(wx.get("openid").asString()).get("code").asString()));

        assertThat(bound.status()).as(bound.toString()).isEqualTo(200);
        assertThat(bound.body().get("mergedCustomerId").asString()).isEqualTo(earlier);
        assertThat(customers.findByIdentity(brand.tenantId(), IdentityKind.WECHAT_OPENID, wx.get("openid").asString()))
                .map(c -> c.id()).contains(shopper.customerId());
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Reply undone = api.post("/api/v1/customer-merges/" + bound.body().get("mergeId").asString() + "/undo", admin,
                Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(customers.findByIdentity(brand.tenantId(), IdentityKind.WECHAT_OPENID, wx.get("openid").asString()))
                .map(c -> c.id().toString()).contains(earlier);
        assertRefused(api.post(shopper.path("/me/identities/wechat"), shopper.accessToken(), Map.of("code", "nope")),
                401, "code");
    }

    private JsonNode wxLogin(String openid) {
        Reply login = api.send("POST", "/sandbox/wechat/login", null,
                openid == null ? Map.of() : Map.of("openid", openid), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.body();
    }

    private Reply signIn(String code) {
        return api.send("POST", "/api/v1/shop/" + brand.code() + "/sign-in/wechat", null, Map.of("code", code), null);
    }

    private Reply bind(String bindToken, String phone) {
        String sms = Shoppers.codeFor(api, brand.code(), phone);
        return api.send("POST", "/api/v1/shop/" + brand.code() + "/sign-in/wechat/bind", null,
                Map.of("bindToken", bindToken, "phone", phone, "code", sms), null);
    }

    private static void assertRefused(Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
