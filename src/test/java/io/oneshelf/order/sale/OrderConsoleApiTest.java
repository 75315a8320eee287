package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What the console's order screens ask of the order API: filters, names, an order's tenders, who reads what. */
class OrderConsoleApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private String cashier;
    private String guide;
    private String manager;
    private UUID tea;

    @BeforeEach
    void aStoreWithTea() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        tea = skus.aPricedSku(brand, 1500);
        assertThat(new StockClient(api, admin).receive(tea, brand.storeId(), 20).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 0)).status()).isEqualTo(200);
    }

    @Test
    void the_list_finds_a_customers_orders_by_their_phone_and_an_order_by_its_number() {
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());
        String theirs = place(guide, guideOrder(shopper.customerId())).id();
        place(guide, guideOrder(UUID.randomUUID()));
        String sale = place(cashier, tillSale(1)).id();
        String number = api.get("/api/v1/orders/" + sale, admin).body().get("number").asString();

        assertThat(ids("?customerPhone=" + shopper.phone())).containsExactly(theirs);
        assertThat(ids("?customerPhone=" + shopper.phone().substring(0, 3) + "%20" + shopper.phone().substring(3)))
                .containsExactly(theirs);
        assertThat(ids("?customerPhone=13700000000")).isEmpty();
        assertThat(ids("?number=" + number)).containsExactly(sale);
        assertThat(ids("?number=20000101-000000")).isEmpty();
        Reply bad = api.get("/api/v1/orders?customerPhone=12345", admin);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.raw()).contains("\"customerPhone\"");
    }

    @Test
    void the_list_filters_by_channel_status_and_guide_newest_first() {
        Reply guides = place(guide, guideOrder(UUID.randomUUID()));
        String sale = place(cashier, tillSale(1)).id();
        String guideId = guides.body().get("guideId").asString();

        assertThat(ids("?channel=POS")).containsExactly(sale);
        assertThat(ids("?channel=GUIDE")).containsExactly(guides.id());
        assertThat(ids("?status=CREATED")).containsExactly(guides.id());
        assertThat(ids("?status=COMPLETED&channel=POS")).containsExactly(sale);
        assertThat(ids("?guideId=" + guideId)).containsExactly(guides.id());
        assertThat(ids("")).containsExactly(sale, guides.id());
    }

    @Test
    void answers_name_the_store_the_staff_and_the_guide_and_mask_the_phone_unless_allowed() {
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());
        String id = place(guide, guideOrder(shopper.customerId())).id();

        JsonNode asCashier = api.get("/api/v1/orders/" + id, cashier).body();
        assertThat(asCashier.get("storeName").asString()).isNotBlank();
        assertThat(asCashier.get("staffName").asString()).isEqualTo("guide of " + brand.code());
        assertThat(asCashier.get("guideName").asString()).isEqualTo("guide of " + brand.code());
        assertThat(asCashier.get("customer").get("phone").asString())
                .isEqualTo(shopper.phone().substring(0, 3) + "****" + shopper.phone().substring(7));
        assertThat(asCashier.get("customer").get("phoneMasked").asBoolean()).isTrue();
        JsonNode asManager = api.get("/api/v1/orders/" + id, manager).body();
        assertThat(asManager.get("customer").get("phone").asString()).isEqualTo(shopper.phone());
        JsonNode listed = api.get("/api/v1/orders", cashier).body().get("items").get(0);
        assertThat(listed.get("storeName").asString()).isEqualTo(asCashier.get("storeName").asString());
    }

    @Test
    void an_orders_tenders_are_read_by_those_who_reach_it_or_may_take_it_back() {
        Reply sale = place(cashier, tillSale(2));
        Reply guided = place(guide, guideOrder(UUID.randomUUID()));
        assertThat(api.post("/api/v1/orders/" + guided.id() + "/payments", cashier, Map.of("tender", "CARD",
                "amount", 1500, "cardReference", "T-9")).status()).isEqualTo(200);
        String other = api.login(brand.login("othermanager"), BrandFixture.PASSWORD);

        Reply tenders = api.get("/api/v1/orders/" + sale.id() + "/payments", cashier);
        assertThat(tenders.status()).as(tenders.toString()).isEqualTo(200);
        assertThat(tenders.body().size()).isEqualTo(1);
        assertThat(tenders.body().get(0).get("tender").asString()).isEqualTo("CASH");
        assertThat(tenders.body().get(0).get("amount").asLong()).isEqualTo(3000);
        // a till sale of another store is not theirs; a guide's order may come back at any store
        assertThat(api.get("/api/v1/orders/" + sale.id() + "/payments", other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + sale.id() + "/returns", other).status()).isEqualTo(404);
        Reply card = api.get("/api/v1/orders/" + guided.id() + "/payments", other);
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.body().get(0).get("cardReference").asString()).isEqualTo("T-9");
        assertThat(api.get("/api/v1/orders/" + guided.id() + "/returns", other).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders/" + UUID.randomUUID() + "/payments", admin).status()).isEqualTo(404);
    }

    private List<String> ids(String query) {
        Reply page = api.get("/api/v1/orders" + query, admin);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.body().get("items").forEach(o -> ids.add(o.get("id").asString()));
        return ids;
    }

    private Reply place(String token, Map<String, Object> body) {
        Reply placed = api.post("/api/v1/orders", token, body);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed;
    }

    private Map<String, Object> tillSale(long quantity) {
        return Map.of("channel", "POS", "fulfilment", "IN_STORE", "storeId", brand.storeId(),
                "lines", List.of(Map.of("skuId", tea, "quantity", quantity)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1500 * quantity, "cashTendered", 5000)));
    }

    private Map<String, Object> guideOrder(UUID customerId) {
        return Map.of("channel", "GUIDE", "fulfilment", "PICKUP", "storeId", brand.storeId(),
                "customerId", customerId, "lines", List.of(Map.of("skuId", tea, "quantity", 1)));
    }
}
