package io.oneshelf.loyalty.wallet;

import static io.oneshelf.loyalty.wallet.WalletPlanApiTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A customer's wallet: topped up at stores (the value is the store owner's) and online (the brand's, credited once
 * the sandbox gateway confirms), spent as the WALLET tender, refunded in the spend's split; the liability per owner,
 * the clearing between owners and the ledger check agree.
 */
class WalletApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private Shoppers.Shopper shopper;

    @BeforeEach
    void aBrandWithACustomer() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        shopper = Shoppers.aShopper(api, brand.code());
    }

    @Test
    void a_top_up_by_plan_at_a_franchised_store_is_the_franchisees_value_with_its_bonus() {
        String plan = WalletFixture.aPlan(api, admin, "充500送50", 50000, 5000);

        Reply topUp = WalletFixture.aPlanTopUp(api, admin, shopper.customerId(), brand.otherStoreId(), plan, 50000);

        assertThat(topUp.body().get("status").asString()).isEqualTo("CREDITED");
        assertThat(topUp.body().get("owner").get("kind").asString()).isEqualTo("FRANCHISEE");
        assertThat(topUp.body().get("owner").get("name").asString()).isEqualTo("Franchisee " + brand.code());
        JsonNode wallet = wallet();
        assertThat(wallet.get("principal").asLong()).isEqualTo(50000);
        assertThat(wallet.get("bonus").asLong()).isEqualTo(5000);
        assertThat(wallet.get("balance").asLong()).isEqualTo(55000);
        assertThat(wallet.get("owners").get(0).get("owner").get("id").asString())
                .isEqualTo(brand.franchiseeId().toString());
        Reply mine = api.get(shopper.path("/me/wallet"), shopper.accessToken());
        assertThat(mine.body().get("balance").asLong()).isEqualTo(55000);
    }

    @Test
    void bad_top_ups_are_refused_naming_the_field_and_nothing_changes() {
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        String path = "/api/v1/wallet-top-ups";
        UUID customer = shopper.customerId();
        String plan = WalletFixture.aPlan(api, admin, "充100送10", 10000, 1000);

        assertField(api.post(path, cashier, Map.of("customerId", customer, "storeId", brand.storeId(), "amount", 1000, "tender",
                "WECHAT_PAY")), "tender");
        assertField(api.post(path, cashier, Map.of("customerId", customer, "storeId", brand.storeId(), "amount", 1000, "planId", plan,
                "tender", "CASH", "cashTendered", 1000)), "amount");
        assertField(api.post(path, cashier, Map.of("customerId", customer, "storeId", brand.storeId(), "planId", UUID.randomUUID(),
                "tender", "CASH", "cashTendered", 1000)), "planId");
        assertField(api.post(path, cashier, Map.of("customerId", customer, "storeId", brand.storeId(), "amount", 1000, "tender", "CASH",
                "cashTendered", 999)), "cashTendered");
        assertField(api.post(path, cashier, Map.of("customerId", customer, "storeId", brand.otherStoreId(), "amount", 1000, "tender",
                "CASH", "cashTendered", 1000)), "storeId");
        assertField(api.post(path, cashier, Map.of("customerId", customer, "storeId", brand.storeId(), "amount", 0, "tender", "CASH",
                "cashTendered", 1000)), "amount");
        assertField(api.post(shopper.path("/me/wallet/top-ups"), shopper.accessToken(), Map.of()), "planId");
        assertField(api.post(path, cashier, Map.of("customerId", UUID.randomUUID(), "storeId", brand.storeId(),
                "amount", 1000, "tender", "CASH", "cashTendered", 1000)), "customerId");

        assertThat(wallet().get("balance").asLong()).isZero();
        assertThat(api.get("/api/v1/customers/" + shopper.customerId() + "/wallet/top-ups", admin).body()
                .get("items").size()).isZero();
    }

    @Test
    void a_customer_tops_up_online_through_the_sandbox_and_is_credited_exactly_once() {
        String plan = WalletFixture.aPlan(api, admin, "充500送50", 50000, 5000);

        Reply opened = api.post(shopper.path("/me/wallet/top-ups"), shopper.accessToken(), Map.of("planId", plan));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(wallet().get("balance").asLong()).isZero();
        assertThat(WalletFixture.confirmOnTheSandboxPage(opened.body().get("payUrl").asString())).isEqualTo(303);

        JsonNode credited = Eventually.until("the top-up credited", Duration.ofSeconds(20),
                () -> api.get(shopper.path("/me/wallet/top-ups/" + opened.id()), shopper.accessToken()).body(),
                t -> t.get("status").asString().equals("CREDITED"));
        assertThat(credited.get("owner").get("kind").asString()).isEqualTo("BRAND");
        Reply query = api.post("/api/v1/payments/" + credited.get("paymentId").asString() + "/query", admin, Map.of());
        assertThat(query.status()).isEqualTo(200);
        JsonNode wallet = wallet();
        assertThat(wallet.get("principal").asLong()).isEqualTo(50000);
        assertThat(wallet.get("bonus").asLong()).isEqualTo(5000);
        Reply entries = api.get(shopper.path("/me/wallet/entries"), shopper.accessToken());
        assertThat(entries.body().get("items").size()).isEqualTo(1);
        assertThat(entries.body().get("items").get(0).get("kind").asString()).isEqualTo("TOP_UP");
        assertThat(api.get(shopper.path("/me/wallet/top-ups/" + UUID.randomUUID()), shopper.accessToken()).status())
                .isEqualTo(404);
        assertClean();
    }

    @Test
    void a_spend_takes_the_place_owners_value_first_and_a_return_gives_it_back_in_the_same_split() {
        String plan = WalletFixture.aPlan(api, admin, "充100送10", 10000, 1000);
        WalletFixture.aCashTopUp(api, admin, shopper.customerId(), brand.otherStoreId(), 5000);
        WalletFixture.aPlanTopUp(api, admin, shopper.customerId(), brand.storeId(), plan, 10000);
        UUID sku = skus.aPricedSku(brand, 6000);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);

        Reply sale = api.post("/api/v1/orders", cashier, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", shopper.customerId(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 2)),
                "tenders", List.of(Map.of("tender", "WALLET", "amount", 12000))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);

        // the brand store takes the brand's 100 + 10 first, then 10 of the franchisee's 50
        JsonNode spent = wallet();
        assertThat(spent.get("balance").asLong()).isEqualTo(4000);
        assertThat(owner(spent, "BRAND")).containsExactly(0L, 0L);
        assertThat(owner(spent, "FRANCHISEE")).containsExactly(4000L, 0L);
        JsonNode clearing = api.get("/api/v1/wallets/clearing", admin).body().get("rows");
        assertThat(clearing.size()).isEqualTo(1);
        assertThat(clearing.get(0).get("debtor").get("kind").asString()).isEqualTo("FRANCHISEE");
        assertThat(clearing.get(0).get("creditor").get("kind").asString()).isEqualTo("BRAND");
        assertThat(clearing.get(0).get("amount").asLong()).isEqualTo(1000);

        Reply back = api.post("/api/v1/orders/" + sale.id() + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);

        // half back in the spend's split: 50 + 5 to the brand, 5 to the franchisee
        JsonNode refunded = wallet();
        assertThat(refunded.get("balance").asLong()).isEqualTo(10000);
        assertThat(owner(refunded, "BRAND")).containsExactly(5000L, 500L);
        assertThat(owner(refunded, "FRANCHISEE")).containsExactly(4500L, 0L);
        JsonNode after = api.get("/api/v1/wallets/clearing", admin).body().get("rows").get(0);
        assertThat(after.get("spent").asLong()).isEqualTo(1000);
        assertThat(after.get("refunded").asLong()).isEqualTo(500);
        assertThat(after.get("amount").asLong()).isEqualTo(500);

        // the settlement report sums the clearing too, once the settlement module heard of the spend and refund
        JsonNode pair = Eventually.until("the clearing in the settlement report", Duration.ofSeconds(20),
                () -> api.get("/api/v1/settlements/report", admin).body().get("pairs"),
                pairs -> pairs.size() == 1 && pairs.get(0).get("net").asLong() == 500).get(0);
        assertThat(pair.get("debtor").get("kind").asString()).isEqualTo("FRANCHISEE");
        assertThat(pair.get("owed").asLong()).isEqualTo(500);

        JsonNode liability = api.get("/api/v1/wallets/liability", admin).body();
        assertThat(liability.get("principal").asLong()).isEqualTo(9500);
        assertThat(liability.get("bonus").asLong()).isEqualTo(500);
        String franchisee = api.login(brand.login("franchisee"), BrandFixture.PASSWORD);
        Reply ownReply = api.get("/api/v1/wallets/liability", franchisee);
        assertThat(ownReply.status()).as(ownReply.toString()).isEqualTo(200);
        JsonNode own = ownReply.body();
        assertThat(own.get("owners").size()).isEqualTo(1);
        assertThat(own.get("total").asLong()).isEqualTo(4500);
        assertClean();
    }

    @Test
    void a_spend_the_balance_does_not_cover_is_refused_and_changes_nothing() {
        WalletFixture.aCashTopUp(api, admin, shopper.customerId(), brand.storeId(), 1000);
        UUID sku = skus.aPricedSku(brand, 1200);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);

        Reply sale = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", shopper.customerId(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "WALLET", "amount", 1200))));

        assertThat(sale.status()).as(sale.toString()).isEqualTo(400);
        assertThat(sale.body().get("errors").get(0).get("field").asString()).contains("amount");
        assertThat(wallet().get("balance").asLong()).isEqualTo(1000);
        assertClean();
    }

    @Test
    void a_shop_customer_pays_their_own_order_with_the_wallet() {
        WalletFixture.aCashTopUp(api, admin, shopper.customerId(), brand.storeId(), 5000);
        UUID sku = skus.aPricedSku(brand, 1600);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        Reply placed = api.post("/api/v1/orders", guide, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                "storeId", brand.storeId(), "customerId", shopper.customerId(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 1))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);

        Reply paid = api.post(shopper.path("/orders/" + placed.id() + "/payments"), shopper.accessToken(),
                Map.of("tender", "WALLET"));

        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(wallet().get("balance").asLong()).isEqualTo(3400);
        JsonNode entries = api.get("/api/v1/customers/" + shopper.customerId() + "/wallet/entries", admin).body();
        assertThat(entries.get("items").get(0).get("kind").asString()).isEqualTo("SPEND");
        assertThat(entries.get("items").get(0).get("amount").asLong()).isEqualTo(-1600);
        // paid online: no place, the brand's place; the brand's store's value is the brand's too: no clearing
        assertThat(entries.get("items").get(0).get("placeId").isNull()).isTrue();
        assertThat(entries.get("items").get(0).get("owner").get("kind").asString()).isEqualTo("BRAND");
        assertThat(api.get("/api/v1/wallets/clearing", admin).body().get("rows").size()).isZero();
        assertClean();
    }

    private JsonNode wallet() {
        Reply wallet = api.get("/api/v1/customers/" + shopper.customerId() + "/wallet", admin);
        assertThat(wallet.status()).as(wallet.toString()).isEqualTo(200);
        return wallet.body();
    }

    private static List<Long> owner(JsonNode wallet, String kind) {
        for (JsonNode o : wallet.get("owners")) {
            if (o.get("owner").get("kind").asString().equals(kind)) {
                return List.of(o.get("principal").asLong(), o.get("bonus").asLong());
            }
        }
        return List.of();
    }

    private void assertClean() {
        Reply check = api.get("/api/v1/wallets/check", admin);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body().get("differences").size()).as(check.toString()).isZero();
        assertThat(check.body().get("topUpsOff").asLong()).as(check.toString()).isZero();
    }
}
