package io.oneshelf.pos;

import static io.oneshelf.pos.PosClient.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.SkuFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The till's quote: the cart priced as its sale would be, hand discounts included, before any tender. */
class PosQuoteApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private StorefrontFixture shop;
    private String till;
    private String cashier;

    @BeforeEach
    void aTillAtAStoreSellingTea() {
        shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        till = new PosClient(api, shop.admin()).aTill(shop.brand().storeId(), "T1");
        cashier = api.login(shop.brand().login("cashier"), BrandFixture.PASSWORD);
    }

    private Reply quote(Object lines, String key) {
        return api.send("POST", PosClient.POS + "/tills/" + till + "/quote", cashier, Map.of("lines", lines), key);
    }

    @Test
    void a_quote_takes_no_tenders_and_prices_the_hand_discounts_as_the_sale_would() {
        long kept = brands.count("idempotency_record", shop.brand().tenantId());

        // two teas at ¥15, ¥3 off by hand (the cashier's 10 %), one more tea without
        Reply q = quote(List.of(Map.of("skuId", shop.tea(), "quantity", 2, "discountFen", 300)), null);

        assertThat(q.status()).as(q.toString()).isEqualTo(200);
        assertThat(q.body().get("goodsAmount").asLong()).isEqualTo(3000);
        assertThat(q.body().get("total").asLong()).isEqualTo(2700);
        assertThat(q.body().get("lines").get(0).get("discount").asLong()).isEqualTo(300);
        assertThat(q.body().get("discounts").get(0).get("kind").asString()).isEqualTo("MANUAL");
        assertThat(q.body().get("channel").asString()).isEqualTo("POS");
        assertThat(brands.count("sales_order", shop.brand().tenantId())).isZero();
        assertThat(brands.count("idempotency_record", shop.brand().tenantId())).as("a computation keeps no answer")
                .isEqualTo(kept);
        assertThat(quote(List.of(line(shop.tea(), 3)), "a-key-it-ignores").body().get("total").asLong())
                .isEqualTo(4500);
    }

    @Test
    void a_hand_discount_beyond_the_cashiers_limit_is_refused_on_its_line() {
        Reply over = quote(List.of(Map.of("skuId", shop.tea(), "quantity", 2, "discountFen", 301)), null);

        assertThat(over.status()).as(over.toString()).isEqualTo(400);
        assertThat(over.raw()).contains("lines[0].discountFen");
    }

    @Test
    void a_quote_needs_no_open_shift_but_a_till_of_the_callers_scope() {
        Reply other = api.send("POST", PosClient.POS + "/tills/" + java.util.UUID.randomUUID() + "/quote", cashier,
                Map.of("lines", List.of(line(shop.tea(), 1))), null);

        assertThat(quote(List.of(line(shop.tea(), 1)), null).body().get("total").asLong()).isEqualTo(1500);
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
    }
}
