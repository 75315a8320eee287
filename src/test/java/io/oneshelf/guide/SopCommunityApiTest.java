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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
 * SOP playbooks and community groups through the API: a rule's task for the customer's guide, completed, its result
 * counted from the customer's next paid order; scans that never make a task twice, even two at once; each dated
 * rule holding for its customers only; a group broadcast that reaches only the members who consented, and the
 * sales it brings.
 */
class SopCommunityApiTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SkuFixture skus;

    private Brand brand;
    private String admin;
    private String guide;
    private String guideToken;
    private String otherGuideToken;
    private UUID tea;

    @BeforeEach
    void aBrandWithTwoGuidesAndTeaAtStoreOne() {
        brand = brands.aBrand();
        brands.aStaffMember(brand, "guide2", "GUIDE", "STORE", brand.storeId());
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        guideToken = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        otherGuideToken = api.login(brand.login("guide2"), BrandFixture.PASSWORD);
        guide = GuideObjects.staffId(api, admin, brand.login("guide"));
        tea = skus.aPricedSku(brand, 10000);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 50)).status()).isEqualTo(201);
    }

    private Reply tillSale(UUID customer) {
        Reply sale = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", customer, "lines", List.of(Map.of("skuId", tea,
                        "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 10000, "cashTendered", 10000))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        return sale;
    }

    private void assign(UUID customer) {
        Reply bound = api.post("/api/v1/guide-bindings", admin, Map.of("customerId", customer, "guideId", guide));
        assertThat(bound.status()).as(bound.toString()).isEqualTo(201);
    }

    private String rule(Map<String, Object> body) {
        Reply rule = api.post("/api/v1/sop-rules", admin, body);
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        return rule.id();
    }

    private int scan() {
        Reply scan = api.post("/api/v1/sop-rules/scan", admin, Map.of());
        assertThat(scan.status()).as(scan.toString()).isEqualTo(200);
        return scan.body().get("created").asInt();
    }

    private long tasks() {
        return brands.jdbc().sql("select count(*) from sop_task where tenant_id = :t").param("t", brand.tenantId())
                .query(Long.class).single();
    }

    @Test
    void an_sop_rule_makes_a_task_the_guide_completes_and_the_customers_next_order_counts_as_its_result() {
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        assign(shopper.customerId());
        String rule = rule(SopObjects.ruleBody());
        tillSale(shopper.customerId());

        Eventually.until("the first purchase heard and its task made", PATIENCE, this::scan, made -> made == 1);
        assertThat(scan()).as("a rerun makes nothing new").isZero();
        assertThat(tasks()).isEqualTo(1);

        JsonNode inbox = api.get("/api/v1/sop-tasks", guideToken).body().get("items");
        assertThat(inbox).hasSize(1);
        JsonNode task = inbox.get(0);
        assertThat(task.get("guideId").asString()).isEqualTo(guide);
        assertThat(task.get("customerId").asString()).isEqualTo(shopper.customerId().toString());
        assertThat(task.get("message").asString()).isEqualTo("Thank you for your first order!");
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(task.get("overdue").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/sop-tasks", otherGuideToken).body().get("items")).isEmpty();
        String id = task.get("id").asString();
        assertThat(api.post("/api/v1/sop-tasks/" + id + "/complete", otherGuideToken, Map.of("note", "x")).status())
                .as("another guide's task").isEqualTo(404);

        Reply done = api.post("/api/v1/sop-tasks/" + id + "/complete", guideToken, Map.of("note", "called her"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.body().get("status").asString()).isEqualTo("DONE");
        assertThat(done.body().get("note").asString()).isEqualTo("called her");
        Reply again = api.post("/api/v1/sop-tasks/" + id + "/complete", guideToken, Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        Reply next = tillSale(shopper.customerId());
        JsonNode result = Eventually.until("the task's result", PATIENCE, () -> api.get("/api/v1/sop-results",
                guideToken).body().get(0), r -> r.get("converted").asLong() == 1);
        assertThat(result.get("ruleId").asString()).isEqualTo(rule);
        assertThat(result.get("tasks").asLong()).isEqualTo(1);
        assertThat(result.get("done").asLong()).isEqualTo(1);
        assertThat(result.get("overdue").asLong()).isZero();
        assertThat(result.get("convertedAmount").asLong()).isEqualTo(10000);
        JsonNode converted = api.get("/api/v1/sop-tasks?status=DONE", admin).body().get("items").get(0);
        assertThat(converted.get("convertedOrderId").asString()).isEqualTo(next.id());
        assertThat(scan()).as("a later purchase is not a first purchase").isZero();
    }

    @Test
    void each_dated_rule_holds_for_its_customers_only_and_two_scans_at_once_make_each_task_once() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        UUID firstBuyer = seeded("first_paid_at = now() - interval '3 days 1 hour'");
        seeded("first_paid_at = now() - interval '20 days'");
        UUID birthday = seeded("birthday_month = " + today.plusDays(5).getMonthValue() + ", birthday_day = "
                               + today.plusDays(5).getDayOfMonth());
        seeded("birthday_month = " + today.plusDays(30).getMonthValue() + ", birthday_day = "
               + today.plusDays(30).getDayOfMonth());
        UUID lapsed = seeded("last_paid_at = now() - interval '61 days'");
        seeded("last_paid_at = now() - interval '10 days'");
        UUID low = seeded("wallet_balance = 500, wallet_changed_at = now()");
        seeded("wallet_balance = 5000, wallet_changed_at = now()");
        Map<String, UUID> expected = Map.of(
                rule(kind("AFTER_FIRST_PURCHASE", 3, null)), firstBuyer,
                rule(kind("BIRTHDAY_IN", 7, null)), birthday,
                rule(kind("NO_PURCHASE_FOR", 60, null)), lapsed,
                rule(kind("WALLET_BELOW", 0, 1000L)), low);

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> scans = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            scans.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return scan();
            }));
        }
        int made = scans.stream().mapToInt(CompletableFuture::join).sum();
        assertThat(made).isEqualTo(4);
        assertThat(scan()).isZero();
        JsonNode all = api.get("/api/v1/sop-tasks?storeId=" + brand.storeId(), admin).body().get("items");
        assertThat(all).hasSize(4);
        for (JsonNode t : all) {
            assertThat(t.get("customerId").asString()).as("rule " + t.get("ruleId"))
                    .isEqualTo(expected.get(t.get("ruleId").asString()).toString());
            assertThat(t.get("guideId").isNull()).as("bound to nobody: the rule's store pool").isTrue();
        }
        assertThat(api.get("/api/v1/sop-tasks", guideToken).body().get("items")).as("the store's pool").hasSize(4);
    }

    @Test
    void a_broadcast_reaches_the_members_who_consented_is_refused_for_the_others_and_counts_their_sales() {
        Shopper consenting = Shoppers.aShopper(api, brand.code());
        Shopper silent = Shoppers.aShopper(api, brand.code());
        Reply consent = api.put(consenting.path("/me/consents"), consenting.accessToken(), Map.of(
                "purpose", "MARKETING", "channel", "WECHAT", "granted", true));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        Reply group = api.post("/api/v1/community-groups", admin, Map.of("name", "Oolong club",
                "storeId", brand.storeId(), "guideId", guide, "externalId", "wrOolong" + brand.code()));
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        Reply joined = api.post("/api/v1/community-groups/" + group.id() + "/members", admin,
                Map.of("customerIds", List.of(consenting.customerId(), silent.customerId(), silent.customerId())));
        assertThat(joined.body().get("added").asInt()).isEqualTo(2);
        Reply taken = api.post("/api/v1/community-groups", admin, Map.of("name", "Again",
                "storeId", brand.storeId(), "externalId", "wrOolong" + brand.code()));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);

        Reply notYours = api.post("/api/v1/community-groups/" + group.id() + "/broadcasts", otherGuideToken,
                Map.of("kind", "CONTENT", "text", "hello"));
        assertThat(notYours.status()).as(notYours.toString()).isEqualTo(403);
        Reply sent = api.post("/api/v1/community-groups/" + group.id() + "/broadcasts", guideToken,
                Map.of("kind", "COUPON", "text", "10 yuan off oolong", "link", "https://shop.example/c/OOLONG10"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.body().get("reached").asInt()).isEqualTo(1);
        assertThat(sent.body().get("refused").asInt()).isEqualTo(1);

        JsonNode refused = api.get("/api/v1/messages?customerId=" + silent.customerId(), admin).body()
                .get("items").get(0);
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("reason").asString()).isEqualTo("no-consent");
        assertThat(refused.get("channel").asString()).isEqualTo("WECOM");
        JsonNode reached = api.get("/api/v1/messages?customerId=" + consenting.customerId(), admin).body()
                .get("items").get(0);
        assertThat(reached.get("status").asString()).isEqualTo("SENT");
        assertThat(reached.get("parameters").get("link").asString()).isEqualTo("https://shop.example/c/OOLONG10");
        assertThat(brands.jdbc().sql("select recipients from message_group_send where tenant_id = :t")
                .param("t", brand.tenantId()).query(Integer.class).single()).as("the sandbox's record").isEqualTo(1);

        tillSale(silent.customerId());
        tillSale(consenting.customerId());
        JsonNode activity = Eventually.until("the sale attributed", PATIENCE, () -> api.get(
                "/api/v1/community-groups?storeId=" + brand.storeId(), guideToken).body().get("items").get(0),
                g -> g.get("orders").asLong() == 1);
        assertThat(activity.get("sales").asLong()).as("only the reached member's order").isEqualTo(10000);
        assertThat(activity.get("members").asLong()).isEqualTo(2);
        assertThat(activity.get("broadcasts").asLong()).isEqualTo(1);
        JsonNode broadcast = api.get("/api/v1/community-groups/" + group.id() + "/broadcasts", admin).body().get(0);
        assertThat(broadcast.get("orders").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/community-groups", otherGuideToken).body().get("items")).isEmpty();
    }

    private Map<String, Object> kind(String kind, int days, Long threshold) {
        Map<String, Object> body = new HashMap<>(Map.of("name", kind, "kind", kind, "days", days,
                "message", "About " + kind, "storeId", brand.storeId()));
        if (threshold != null) {
            body.put("threshold", threshold);
        }
        return body;
    }

    /** A customer as the SOP read model knows them (what the events would have set). */
    private UUID seeded(String set) {
        UUID customer = UUID.randomUUID();
        brands.jdbc().sql("insert into sop_customer(tenant_id, customer_id) values (:t, :c)")
                .param("t", brand.tenantId()).param("c", customer).update();
        brands.jdbc().sql("update sop_customer set " + set + " where tenant_id = :t and customer_id = :c")
                .param("t", brand.tenantId()).param("c", customer).update();
        return customer;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
