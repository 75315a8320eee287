package io.oneshelf.guide;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Exclusive guides through the API: how customers are bound (a share link, the till, a manager), which guide an
 * online order counts for, commission earned on payment and clawed back on a return (the ledger reconciling), a
 * handover that tells only the customers who consented, and nothing of it visible to another brand or store.
 */
class GuideApiTest extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    private io.oneshelf.payment.Payments payments;

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private String manager;
    private String guide;
    private String otherGuide;
    private UUID tea;

    @BeforeEach
    void aBrandWithTwoGuidesAtStoreOneAndTeaOnline() {
        brand = brands.aBrand();
        brands.aStaffMember(brand, "guide2", "GUIDE", "STORE", brand.storeId());
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        guide = GuideObjects.staffId(api, admin, brand.login("guide"));
        otherGuide = GuideObjects.staffId(api, admin, brand.login("guide2"));
        tea = skus.aPricedSku(brand, 10000);
        brands.jdbc().sql("update spu set channels = '{ONLINE_MALL,POS}' where tenant_id = :t and id = "
                          + "(select spu_id from sku where id = :s)").param("t", brand.tenantId()).param("s", tea)
                .update();
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 50)).status()).isEqualTo(201);
        Reply online = api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 0));
        assertThat(online.status()).as(online.toString()).isEqualTo(200);
    }

    private Reply rules(String bindingRule, int commissionBp) {
        int version = api.get("/api/v1/guide-rules", admin).body().get("version").asInt();
        Reply set = api.put("/api/v1/guide-rules", admin, Map.of("bindingRule", bindingRule,
                "commissionBp", commissionBp, "version", version));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        return set;
    }

    private Reply follow(Shopper shopper, String guideId) {
        return api.post(shopper.path("/me/guide"), shopper.accessToken(), Map.of("code", guideId));
    }

    private JsonNode history(UUID customer) {
        Reply history = api.get("/api/v1/guide-bindings?customerId=" + customer, admin);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        return history.body();
    }

    private String currentGuide(UUID customer) {
        JsonNode h = history(customer);
        return h.isEmpty() || !h.get(0).get("endedAt").isNull() ? null : h.get(0).get("guideId").asString(null);
    }

    private Reply tillSale(UUID customer, String creditedGuide, long quantity) {
        Reply sale = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", customer, "guideId", creditedGuide,
                "lines", List.of(Map.of("skuId", tea, "quantity", quantity)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 10000 * quantity,
                        "cashTendered", 10000 * quantity))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        return sale;
    }

    private Reply shopOrder(Shopper shopper, String guideCode) {
        Reply cart = api.post(shopper.path("/cart/items"), shopper.accessToken(), Map.of("skuId", tea,
                "quantity", 1));
        assertThat(cart.status()).as(cart.toString()).isLessThan(300);
        Map<String, Object> checkout = new java.util.HashMap<>(Map.of("fulfilment", "PICKUP",
                "storeId", brand.storeId()));
        if (guideCode != null) {
            checkout.put("guideCode", guideCode);
        }
        Reply placed = api.post(shopper.path("/orders"), shopper.accessToken(), checkout);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return api.get("/api/v1/orders/" + placed.id(), admin);
    }

    @Test
    void a_share_link_binds_a_customer_and_the_first_binding_wins_unless_the_brand_lets_links_rebind() {
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        Reply first = follow(shopper, guide);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().get("guideId").asString()).isEqualTo(guide);

        Reply second = follow(shopper, otherGuide);
        assertThat(second.body().get("guideId").asString()).as("first binding wins").isEqualTo(guide);
        assertThat(history(shopper.customerId())).hasSize(1);

        rules("LINK_REBINDS", 0);
        Reply third = follow(shopper, otherGuide);
        assertThat(third.body().get("guideId").asString()).isEqualTo(otherGuide);
        JsonNode history = history(shopper.customerId());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("guideId").asString()).isEqualTo(guide);
        assertThat(history.get(1).get("endedAt").isNull()).as("the first binding kept, ended").isFalse();
        assertThat(history.get(0).get("source").asString()).isEqualTo("LINK");

        Reply unknown = follow(shopper, UUID.randomUUID().toString());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("code");
    }

    @Test
    void a_till_sale_credited_to_a_guide_binds_an_unbound_customer_but_never_moves_a_bound_one() {
        Shopper unbound = Shoppers.aShopper(api, brand.code());
        Shopper bound = Shoppers.aShopper(api, brand.code());
        Reply assigned = api.post("/api/v1/guide-bindings", manager, Map.of("customerId", bound.customerId(),
                "guideId", otherGuide));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);

        tillSale(unbound.customerId(), guide, 1);
        tillSale(bound.customerId(), guide, 1);

        Eventually.until("the unbound customer bound at the till", PATIENCE,
                () -> currentGuide(unbound.customerId()), guide::equals);
        assertThat(history(unbound.customerId()).get(0).get("source").asString()).isEqualTo("TILL");
        // the sale of the bound customer was heard too (it earned its guide's ledger row), yet they stay bound
        Eventually.until("both sales on the ledger", PATIENCE, () -> api.get("/api/v1/guide-commissions?guideId="
                + guide, admin).body().get("items").size(), n -> n == 2);
        assertThat(currentGuide(bound.customerId())).isEqualTo(otherGuide);
        assertThat(history(bound.customerId())).hasSize(1);
    }

    @Test
    void an_online_order_counts_for_the_customers_exclusive_guide_or_the_guide_whose_link_it_came_through() {
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        Shopper stranger = Shoppers.aShopper(api, brand.code());
        assertThat(follow(shopper, guide).status()).isEqualTo(200);

        assertThat(shopOrder(shopper, null).body().get("guideId").asString()).isEqualTo(guide);
        assertThat(shopOrder(shopper, otherGuide).body().get("guideId").asString())
                .as("the link's guide").isEqualTo(otherGuide);
        assertThat(shopOrder(stranger, null).body().get("guideId").isNull()).as("nobody's customer").isTrue();
        assertThat(shopOrder(stranger, "not-a-guide").body().get("guideId").isNull()).isTrue();
    }

    @Test
    void a_paid_order_earns_its_guide_commission_a_return_claws_back_its_share_and_the_ledger_reconciles() {
        rules("FIRST_WINS", 500);
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        Reply sale = tillSale(shopper.customerId(), guide, 2);

        JsonNode earned = Eventually.until("the commission earned", PATIENCE, () -> api.get(
                "/api/v1/guide-commissions?guideId=" + guide, admin).body().get("items"), i -> i.size() == 1);
        assertThat(earned.get(0).get("kind").asString()).isEqualTo("EARNED");
        assertThat(earned.get(0).get("base").asLong()).isEqualTo(20000);
        assertThat(earned.get(0).get("amount").asLong()).as("5 % of 200 yuan").isEqualTo(1000);

        Reply back = api.post("/api/v1/orders/" + sale.id() + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
        JsonNode entries = Eventually.until("the commission clawed back", PATIENCE, () -> api.get(
                "/api/v1/guide-commissions?guideId=" + guide, admin).body().get("items"), i -> i.size() == 2);
        assertThat(entries.get(0).get("kind").asString()).isEqualTo("REVERSED");
        assertThat(entries.get(0).get("amount").asLong()).isEqualTo(-500);
        assertThat(entries.get(0).get("corrects").asString()).isEqualTo(earned.get(0).get("id").asString());

        Reply check = api.get("/api/v1/guide-commissions/check", admin);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body().get("differences")).isEmpty();
        assertThat(check.body().get("net").asLong()).isEqualTo(500);

        Reply board = api.get("/api/v1/guides?storeId=" + brand.storeId(), manager);
        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        JsonNode top = board.body().get("guides").get(0);
        assertThat(top.get("guideId").asString()).isEqualTo(guide);
        assertThat(top.get("rank").asInt()).isEqualTo(1);
        assertThat(top.get("orders").asLong()).isEqualTo(1);
        assertThat(top.get("sales").asLong()).isEqualTo(10000);
        assertThat(top.get("refunds").asLong()).isEqualTo(10000);
        assertThat(top.get("commission").asLong()).isEqualTo(500);
        assertThat(top.get("clawedBack").asLong()).isEqualTo(500);
        assertThat(top.get("customers").asLong()).as("bound at the till").isEqualTo(1);
        assertThat(board.body().get("guides")).hasSize(2);
    }

    @Test
    void a_refund_outside_a_return_claws_back_the_guides_share_once_the_order_records_it() {
        rules("FIRST_WINS", 500);
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        Reply sale = tillSale(shopper.customerId(), guide, 2);
        Eventually.until("the commission earned", PATIENCE, () -> api.get(
                "/api/v1/guide-commissions?guideId=" + guide, admin).body().get("items"), i -> i.size() == 1);

        // as a partly used service voucher refunds its unused share: straight to the order's tenders, no return;
        // the order hears the payment's refund event after it, and the guide must hear of the order's figure
        payments.refund(new io.oneshelf.payment.RefundPayment(brand.tenantId(),
                "order:" + sale.id(), "unused-share:" + sale.id(), 5000, "unused share"));
        JsonNode entries = Eventually.until("the share clawed back", PATIENCE, () -> api.get(
                "/api/v1/guide-commissions?guideId=" + guide, admin).body().get("items"), i -> i.size() == 2);
        assertThat(entries.get(0).get("kind").asString()).isEqualTo("REVERSED");
        assertThat(entries.get(0).get("amount").asLong()).as("a quarter of 10 yuan").isEqualTo(-250);
        assertThat(brands.jdbc().sql("select count(*) from event_log where type = 'order.order.refunded'"
                        + " and aggregate_id = :o").param("o", UUID.fromString(sale.id())).query(Long.class).single())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/guide-commissions/check", admin).body().get("differences")).isEmpty();
    }

    @Test
    void a_handover_moves_a_guides_customers_keeps_their_history_and_tells_only_those_who_consented() {
        Shopper consenting = Shoppers.aShopper(api, brand.code());
        Shopper silent = Shoppers.aShopper(api, brand.code());
        Reply consent = api.put(consenting.path("/me/consents"), consenting.accessToken(), Map.of(
                "purpose", "MARKETING", "channel", "SMS", "granted", true));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        follow(consenting, guide);
        follow(silent, guide);

        Reply handover = api.post("/api/v1/guides/" + guide + "/handover", manager, Map.of("toGuideId", otherGuide,
                "reason", "moves to head office"));
        assertThat(handover.status()).as(handover.toString()).isEqualTo(201);
        assertThat(handover.body().get("customers").asInt()).isEqualTo(2);

        for (Shopper s : List.of(consenting, silent)) {
            JsonNode history = history(s.customerId());
            assertThat(history).hasSize(2);
            assertThat(history.get(0).get("guideId").asString()).isEqualTo(otherGuide);
            assertThat(history.get(0).get("source").asString()).isEqualTo("HANDOVER");
            assertThat(history.get(0).get("handoverId").asString()).isEqualTo(handover.id());
            assertThat(history.get(1).get("guideId").asString()).isEqualTo(guide);
        }
        JsonNode told = Eventually.until("the customers told", PATIENCE, () -> api.get("/api/v1/guide-handovers?"
                + "storeId=" + brand.storeId(), manager).body().get("items").get(0),
                h -> h.get("notified").asInt() + h.get("refused").asInt() == 2);
        assertThat(told.get("notified").asInt()).isEqualTo(1);
        assertThat(told.get("refused").asInt()).isEqualTo(1);
        JsonNode sent = api.get("/api/v1/messages?customerId=" + consenting.customerId(), admin).body()
                .get("items").get(0);
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.get("template").asString()).isEqualTo("guide-handover");
        assertThat(sent.get("parameters").get("guide").asString()).isNotBlank();
        JsonNode refused = api.get("/api/v1/messages?customerId=" + silent.customerId(), manager).body()
                .get("items").get(0);
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("reason").asString()).isEqualTo("no-consent");

        Reply toPool = api.post("/api/v1/guides/" + otherGuide + "/handover", manager, Map.of("reason", "leaves"));
        assertThat(toPool.status()).as(toPool.toString()).isEqualTo(201);
        assertThat(currentGuide(silent.customerId())).as("in the store's pool").isNull();
        assertThat(history(silent.customerId())).hasSize(3);
        assertThat(api.get("/api/v1/guides?storeId=" + brand.storeId(), manager).body().get("poolCustomers")
                .asLong()).isEqualTo(2);
    }

    @Test
    void two_share_links_opened_at_once_bind_the_customer_once() throws Exception {
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Reply>> racing = new ArrayList<>();
        for (String g : List.of(guide, otherGuide)) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return follow(shopper, g);
            }));
        }
        List<String> answers = new ArrayList<>();
        for (CompletableFuture<Reply> r : racing) {
            Reply reply = r.get();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            answers.add(reply.body().get("guideId").asString());
        }
        assertThat(history(shopper.customerId())).hasSize(1);
        assertThat(answers).as("both answer the one winner").containsOnly(currentGuide(shopper.customerId()));
    }

    @Test
    void another_brand_or_store_can_neither_see_nor_move_the_guides_customers() {
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        follow(shopper, guide);
        Brand intruder = brands.aBrand();
        String stranger = api.login(intruder.login("admin"), BrandFixture.PASSWORD);
        String otherStore = api.login(brand.login("othermanager"), BrandFixture.PASSWORD);
        String theOtherGuide = api.login(brand.login("guide2"), BrandFixture.PASSWORD);

        for (String token : List.of(stranger, otherStore, theOtherGuide)) {
            assertThat(api.get("/api/v1/guides/" + guide + "/customers", token).status()).isEqualTo(404);
        }
        for (String token : List.of(stranger, otherStore)) {
            assertThat(api.get("/api/v1/guides?storeId=" + brand.storeId(), token).status()).isEqualTo(404);
            assertThat(api.post("/api/v1/guides/" + guide + "/handover", token, Map.of()).status()).isEqualTo(404);
            Reply steal = api.post("/api/v1/guide-bindings", token, Map.of("customerId", shopper.customerId(),
                    "guideId", guide));
            assertThat(steal.status()).as(steal.toString()).isEqualTo(400);
        }
        assertThat(api.get("/api/v1/messages?customerId=" + shopper.customerId(), stranger).body().get("items"))
                .isEmpty();
        Reply mine = api.get("/api/v1/guides/" + guide + "/customers", api.login(brand.login("guide"),
                BrandFixture.PASSWORD));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("items").get(0).get("customerId").asString())
                .isEqualTo(shopper.customerId().toString());
        assertThat(currentGuide(shopper.customerId())).isEqualTo(guide);
    }
}
