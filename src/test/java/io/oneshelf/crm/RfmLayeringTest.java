package io.oneshelf.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** RFM layering from paid orders: scores by quintile within the brand, named segments, returns and merges counted. */
class RfmLayeringTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private UUID tea;
    private final List<Shopper> regulars = new ArrayList<>();
    private Shopper best;
    private String bestsLastOrder;

    @BeforeEach
    void fiveCustomersWhoPaid() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        tea = skus.aPricedSku(brand, 1000);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 100)).status()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            Shopper s = Shoppers.aShopper(api, brand.code());
            regulars.add(s);
            sale(s, 1);
        }
        best = Shoppers.aShopper(api, brand.code());
        sale(best, 5);
        sale(best, 5);
        bestsLastOrder = sale(best, 10);
        Eventually.until("the paid orders counted", Duration.ofSeconds(20), () -> brands.count("crm_paid_order",
                brand.tenantId()), n -> n == 7);
    }

    @Test
    void the_customer_who_bought_last_most_often_and_most_is_an_important_value_customer() {
        Reply run = api.post("/api/v1/rfm-segments/recompute", admin, Map.of());

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.body().get("customers").asInt()).isEqualTo(5);
        JsonNode rfm = rfm(best);
        assertThat(rfm.get("segment").asString()).isEqualTo("IMPORTANT_VALUE");
        assertThat(rfm.get("orders").asInt()).isEqualTo(3);
        assertThat(rfm.get("spent").asLong()).isEqualTo(20_000);
        assertThat(List.of(rfm.get("recency").asInt(), rfm.get("frequency").asInt(), rfm.get("monetary").asInt()))
                .containsExactly(5, 5, 5);
        long total = 0;
        for (JsonNode s : api.get("/api/v1/rfm-segments", admin).body()) {
            total += s.get("customers").asLong();
        }
        assertThat(total).isEqualTo(5);
        Reply members = api.get("/api/v1/rfm-customers?segment=IMPORTANT_VALUE", admin);
        assertThat(members.body().get("items").get(0).get("id").asString()).isEqualTo(best.customerId().toString());
        assertThat(api.get("/api/v1/rfm-customers?segment=IMPORTANT_VALUE", api.login(brand.login("guide"),
                BrandFixture.PASSWORD)).raw()).doesNotContain(best.phone());
    }

    @Test
    void a_return_lowers_what_was_spent_and_a_merge_brings_the_orders_along() {
        Reply back = api.post("/api/v1/orders/" + bestsLastOrder + "/returns", admin, Map.of("placeId",
                brand.storeId(), "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 4))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        Reply merged = api.post("/api/v1/customers/" + best.customerId() + "/merges", admin,
                Map.of("mergedId", regulars.get(0).customerId()));
        assertThat(merged.status()).isEqualTo(201);
        Eventually.until("the return and the merge counted", Duration.ofSeconds(20), () -> {
            api.post("/api/v1/rfm-segments/recompute", admin, Map.of());
            return rfm(best);
        }, r -> r.get("orders").asInt() == 4 && r.get("spent").asLong() == 17_000);

        assertThat(rfm(regulars.get(0)).get("segment").isNull()).isTrue();
    }

    @Test
    void an_unknown_segment_is_400_and_only_admins_recompute() {
        Reply refused = api.get("/api/v1/rfm-customers?segment=NOPE", admin);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("segment");
        assertThat(api.post("/api/v1/rfm-segments/recompute", api.login(brand.login("guide"),
                BrandFixture.PASSWORD), Map.of()).status()).isEqualTo(403);
        assertThat(brands.count("crm_rfm", brand.tenantId())).isZero();
        assertThat(api.get("/api/v1/customers/" + best.customerId() + "/rfm",
                api.login(brands.aBrand().login("admin"), BrandFixture.PASSWORD)).status()).isEqualTo(404);
    }

    private JsonNode rfm(Shopper who) {
        Reply rfm = api.get("/api/v1/customers/" + who.customerId() + "/rfm", admin);
        assertThat(rfm.status()).as(rfm.toString()).isEqualTo(200);
        return rfm.body();
    }

    private String sale(Shopper who, int cups) {
        Reply sale = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", who.customerId(),
                "lines", List.of(Map.of("skuId", tea, "quantity", cups)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", cups * 1000, "cashTendered", cups * 1000))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        return sale.id();
    }
}
