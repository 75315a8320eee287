package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The member QR: a customer shows it in the shop, a cashier finds them by it; a forged or foreign code is refused. */
class MemberCodeTest extends ApiTest {

    @Autowired
    Customers customers;

    @Test
    void a_cashier_finds_the_customer_by_the_code_of_their_member_qr() {
        Brand brand = brands.aBrand();
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        Reply card = api.get(shopper.path("/me/member-code"), shopper.accessToken());
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        String code = card.body().get("code").asString();
        assertThat(card.body().get("cardNumber").asString()).matches("M\\d{10}");
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);

        Reply found = api.get("/api/v1/customers?memberCode=" + enc(code), cashier);

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.body().get("items").get(0).get("id").asString()).isEqualTo(shopper.customerId().toString());
        assertThat(customers.findByIdentity(brand.tenantId(), IdentityKind.MEMBER_CODE, code))
                .map(Customer::id).contains(shopper.customerId());
        assertThat(customers.findByIdentity(brand.tenantId(), IdentityKind.CARD_NUMBER,
                card.body().get("cardNumber").asString())).map(Customer::id).contains(shopper.customerId());
        var png = api.bytes(shopper.path("/me/member-code/qr.png?size=240"),
                Map.of("Authorization", "Bearer " + shopper.accessToken()));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
    }

    @Test
    void a_forged_code_or_another_brands_is_400_on_memberCode() {
        Brand brand = brands.aBrand();
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        String code = api.get(shopper.path("/me/member-code"), shopper.accessToken()).body().get("code").asString();
        String forged = code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0");
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String stranger = api.login(brands.aBrand().login("admin"), BrandFixture.PASSWORD);

        for (Reply refused : new Reply[] {api.get("/api/v1/customers?memberCode=" + enc(forged), admin),
                api.get("/api/v1/customers?memberCode=" + enc(code), stranger),
                api.get("/api/v1/customers?memberCode=nonsense", admin)}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("memberCode");
        }
        assertThat(api.get(shopper.path("/me/member-code/qr.png?size=10"), shopper.accessToken()).status())
                .isEqualTo(400);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
