package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customers and staff are kept apart: a customer token opens no staff endpoint, a staff token no customer one, and
 * a customer token only its own brand's shop.
 */
class ShopTokenSeparationTest extends ApiTest {

    private Brand brand;
    private Shopper shopper;
    private String admin;

    @BeforeEach
    void aCustomerAndAnAdmin() {
        brand = brands.aBrand();
        shopper = Shoppers.aShopper(api, brand.code());
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    @Test
    void a_customer_token_is_refused_by_staff_endpoints() {
        for (String path : new String[] {"/api/v1/me", "/api/v1/customers/" + shopper.customerId(),
                "/api/v1/customers?phone=" + shopper.phone(), "/api/v1/stores", "/api/v1/events"}) {
            assertUnauthorized(api.get(path, shopper.accessToken()), path);
        }
        assertUnauthorized(api.post("/api/v1/categories", shopper.accessToken(), Map.of("code", "C1", "name", "X")),
                "POST /api/v1/categories");
    }

    @Test
    void a_staff_token_is_refused_by_customer_endpoints() {
        assertUnauthorized(api.get(shopper.path("/me"), admin), "GET me");
        assertUnauthorized(api.get(shopper.path("/me/addresses"), admin), "GET addresses");
        assertUnauthorized(api.post(shopper.path("/me/addresses"), admin, Shoppers.anAddress("X")), "POST address");
        assertThat(api.get(shopper.path("/me"), shopper.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void customer_endpoints_need_a_token_of_their_own_shop() {
        Brand other = brands.aBrand();
        Shopper elsewhere = Shoppers.aShopper(api, other.code());

        Reply foreign = api.get(shopper.path("/me"), elsewhere.accessToken());
        Reply none = api.get(shopper.path("/me"), null);
        Reply garbage = api.get(shopper.path("/me"), "not.a.token");

        assertUnauthorized(foreign, "another shop's token");
        assertThat(foreign.body().get("detail").asString()).contains("another shop");
        assertUnauthorized(none, "no token");
        assertUnauthorized(garbage, "a garbage token");
    }

    @Test
    void a_signed_request_of_an_api_client_is_no_customer() {
        Reply reply = api.send("GET", shopper.path("/me"), null, null, null, Map.of("X-Api-Key", "osk_whatever",
                "X-Api-Timestamp", String.valueOf(System.currentTimeMillis() / 1000), "X-Api-Nonce", "n1",
                "X-Api-Signature", "c2lnbmF0dXJl"));

        assertUnauthorized(reply, "a signed request");
    }

    @Test
    void a_customer_token_carries_no_authority_over_a_staff_endpoint_even_with_a_key() {
        Reply reply = api.send("POST", "/api/v1/stock/receipts", shopper.accessToken(),
                Map.of("skuId", UUID.randomUUID(), "locationId", brand.storeId(), "quantity", 1),
                UUID.randomUUID().toString());

        assertUnauthorized(reply, "a receipt by a customer");
    }

    private static void assertUnauthorized(Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + reply).isEqualTo(401);
        assertThat(reply.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).as(what).endsWith("/unauthorized");
    }
}
