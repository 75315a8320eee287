package io.oneshelf.social.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.order.AdvanceOrder;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.Orders;
import io.oneshelf.platform.Rejection;
import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Group buys (拼团) over the API: a leader opens a group by paying at the group price, friends join by its code and
 * pay, the group succeeds at N paid members; out of time the job fails it and every paid member is refunded; the
 * N-th and (N+1)-th joiners racing never over-fill it; a till joins a customer by the code.
 */
class GroupBuyApiTest extends ApiTest {

    private static final long GROUP_PRICE = 8_800;

    @Autowired
    SkuFixture skus;

    @Autowired
    GroupExpiry expiry;

    @Autowired
    Orders orders;

    private SocialFixture shop;

    @BeforeEach
    void aShopSellingTeapots() {
        shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
    }

    @Test
    void a_group_of_three_succeeds_when_its_third_member_pays_each_at_the_group_price() {
        String campaign = campaign(3, 10);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        assertThat(opened.get("total").asLong()).isEqualTo(GROUP_PRICE);
        assertThat(opened.get("group").get("status").asString()).isEqualTo("OPENING");
        String code = opened.get("group").get("code").asString();
        Shopper early = shop.aShopper();
        assertRefused(api.post(early.path("/groups/" + code + "/joins"), early.accessToken(), shop.pickup()), "code");

        shop.pay(leader, opened.get("orderId").asString());
        groupIs(code, "OPEN");
        for (int i = 0; i < 2; i++) {
            Shopper friend = i == 0 ? early : shop.aShopper();
            Reply joined = api.post(friend.path("/groups/" + code + "/joins"), friend.accessToken(), shop.pickup());
            assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
            assertThat(joined.body().get("total").asLong()).isEqualTo(GROUP_PRICE);
            shop.pay(friend, joined.body().get("orderId").asString());
        }

        JsonNode group = groupIs(code, "SUCCEEDED");
        assertThat(group.get("paidMembers").asInt()).isEqualTo(3);
        assertThat(group.get("virtualMembers").asInt()).isZero();
        assertThat(group.get("members").findValuesAsString("status")).containsOnly("PAID");
        JsonNode order = api.get(leader.path("/orders/" + opened.get("orderId").asString()), leader.accessToken())
                .body();
        assertThat(order.get("discounts").get(0).get("kind").asString()).isEqualTo("GROUP_BUY");
        assertThat(order.get("discounts").get(0).get("amount").asLong()).isEqualTo(SocialFixture.LIST - GROUP_PRICE);
        JsonNode progress = api.get("/api/v1/group-buys/" + campaign, shop.admin()).body().get("progress");
        assertThat(progress.get("succeeded").asInt()).isEqualTo(1);
        assertThat(progress.get("membersPaid").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/group-buys/" + campaign, shop.admin()).body().get("sold").asInt()).isEqualTo(3);
    }

    @Test
    void a_group_out_of_time_fails_and_the_job_refunds_every_paid_member_and_releases_the_unpaid() {
        String campaign = campaign(3, 10);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        String code = opened.get("group").get("code").asString();
        shop.pay(leader, opened.get("orderId").asString());
        groupIs(code, "OPEN");
        Shopper payer = shop.aShopper();
        Reply paid = api.post(payer.path("/groups/" + code + "/joins"), payer.accessToken(), shop.pickup());
        shop.pay(payer, paid.body().get("orderId").asString());
        Shopper idle = shop.aShopper();
        Reply unpaid = api.post(idle.path("/groups/" + code + "/joins"), idle.accessToken(), shop.pickup());
        assertThat(unpaid.status()).as(unpaid.toString()).isEqualTo(201);
        Eventually.until("two paid", Duration.ofSeconds(20), () -> group(code), g -> g.get("paidMembers").asInt() == 2);

        brands.jdbc().sql("update group_buy_group set expires_at = now() - interval '1 second' where code = :c")
                .param("c", code).update();
        assertThat(expiry.closeDue()).isGreaterThanOrEqualTo(1);

        groupIs(code, "FAILED");
        for (var o : List.of(Map.entry(leader, opened.get("orderId").asString()),
                Map.entry(payer, paid.body().get("orderId").asString()))) {
            JsonNode refunded = Eventually.until("refunded", Duration.ofSeconds(30),
                    () -> api.get(o.getKey().path("/orders/" + o.getValue()), o.getKey().accessToken()).body(),
                    x -> x.get("status").asString().equals("CANCELLED") && x.get("refunded").asLong() > 0);
            assertThat(refunded.get("refunded").asLong()).isEqualTo(GROUP_PRICE);
        }
        Eventually.until("the unpaid order cancelled", Duration.ofSeconds(30),
                () -> api.get(idle.path("/orders/" + unpaid.body().get("orderId").asString()), idle.accessToken())
                        .body(), x -> x.get("status").asString().equals("CANCELLED"));
        JsonNode failed = Eventually.until("every place closed", Duration.ofSeconds(30), () -> group(code),
                g -> g.get("members").findValuesAsString("status").stream().noneMatch(s -> s.equals("PAID")
                                                                                       || s.equals("PENDING")));
        assertThat(failed.get("members").findValuesAsString("status"))
                .containsExactly("REFUNDED", "REFUNDED", "RELEASED");
        assertThat(api.get("/api/v1/group-buys/" + campaign, shop.admin()).body().get("sold").asInt()).isZero();
        assertThat(expiry.closeDue()).isZero();
    }

    @Test
    void a_paid_members_order_is_held_from_fulfilment_until_the_group_succeeds() {
        String campaign = campaign(2, 10);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        String code = opened.get("group").get("code").asString();
        String leaderOrder = opened.get("orderId").asString();
        shop.pay(leader, leaderOrder);
        groupIs(code, "OPEN");
        listenersDone();

        assertThat(staffOrder(leaderOrder).get("status").asString()).as("paid, not taken on").isEqualTo("PAID");
        assertThat(api.get("/api/v1/pickups/" + leaderOrder, shop.admin()).status()).as("no pickup code yet")
                .isEqualTo(404);
        assertThatThrownBy(() -> orders.advance(new AdvanceOrder(shop.brand().tenantId(), UUID.fromString(
                leaderOrder), OrderStatus.FULFILLING, null, null))).isInstanceOfSatisfying(Rejection.class,
                r -> assertThat(r.faults()).extracting(Rejection.Fault::field).containsExactly("status"));

        Shopper friend = shop.aShopper();
        Reply joined = api.post(friend.path("/groups/" + code + "/joins"), friend.accessToken(), shop.pickup());
        shop.pay(friend, joined.body().get("orderId").asString());
        groupIs(code, "SUCCEEDED");

        for (String order : List.of(leaderOrder, joined.body().get("orderId").asString())) {
            Eventually.until("taken on once the group succeeded", Duration.ofSeconds(30),
                    () -> staffOrder(order).get("status").asString(), "FULFILLING"::equals);
        }
        String cashier = api.login(shop.brand().login("cashier"), BrandFixture.PASSWORD);
        String pickupCode = Eventually.until("a pickup code", Duration.ofSeconds(30),
                () -> api.get("/api/v1/pickups/" + leaderOrder, cashier), r -> r.status() == 200)
                .body().get("code").asString();
        Reply collected = api.post("/api/v1/pickups/verify", cashier, Map.of("code", pickupCode));
        assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
        assertThat(staffOrder(leaderOrder).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void a_failed_groups_paid_order_is_refunded_and_never_fulfilled() {
        String campaign = campaign(3, 10);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        String code = opened.get("group").get("code").asString();
        String leaderOrder = opened.get("orderId").asString();
        shop.pay(leader, leaderOrder);
        groupIs(code, "OPEN");
        brands.jdbc().sql("update group_buy_group set expires_at = now() - interval '1 second' where code = :c")
                .param("c", code).update();
        assertThat(expiry.closeDue()).isGreaterThanOrEqualTo(1);
        groupIs(code, "FAILED");
        Eventually.until("refunded", Duration.ofSeconds(30), () -> staffOrder(leaderOrder),
                x -> x.get("status").asString().equals("CANCELLED") && x.get("refunded").asLong() == GROUP_PRICE);
        listenersDone();

        assertThat(api.get("/api/v1/pickups/" + leaderOrder, shop.admin()).status()).isEqualTo(404);
        assertThat(orders.held(shop.brand().tenantId(), UUID.fromString(leaderOrder))).as("never released").isTrue();
        assertThatThrownBy(() -> orders.advance(new AdvanceOrder(shop.brand().tenantId(), UUID.fromString(
                leaderOrder), OrderStatus.FULFILLING, null, null))).isInstanceOf(Rejection.class);
        assertThat(staffOrder(leaderOrder).get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void a_group_joined_at_the_till_hands_over_only_when_the_group_succeeds() {
        String campaign = campaign(3, 10);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        String code = opened.get("group").get("code").asString();
        shop.pay(leader, opened.get("orderId").asString());
        groupIs(code, "OPEN");
        Reply atTill = joinAtTill(code, shop.aShopper());
        listenersDone();
        assertThat(staffOrder(atTill.body().get("orderId").asString()).get("status").asString()).as("paid, its goods kept at the counter")
                .isEqualTo("PAID");

        joinAtTill(code, shop.aShopper());
        groupIs(code, "SUCCEEDED");
        Eventually.until("handed over", Duration.ofSeconds(30), () -> staffOrder(atTill.body().get("orderId").asString()).get("status")
                .asString(), "COMPLETED"::equals);
    }

    private Reply joinAtTill(String code, Shopper walkIn) {
        Reply joined = api.post("/api/v1/group-buy-groups/" + code + "/joins", shop.admin(), Map.of(
                "customerId", walkIn.customerId(), "storeId", shop.brand().storeId(), "tenders",
                List.of(Map.of("tender", "CASH", "amount", GROUP_PRICE, "cashTendered", GROUP_PRICE))));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return joined;
    }

    private JsonNode staffOrder(String orderId) {
        return api.get("/api/v1/orders/" + orderId, shop.admin()).body();
    }

    /** Waits until every listener of the brand's events ran (so that a fulfilment that would start has started). */
    private void listenersDone() {
        Eventually.until("the listeners ran", Duration.ofSeconds(30), () -> brands.jdbc().sql(
                "select count(*) from event_publication where serialized_event like :brand and completion_date is null")
                .param("brand", "%" + shop.brand().tenantId() + "%").query(Long.class).single(), n -> n == 0);
    }

    @Test
    void with_virtual_members_on_a_group_out_of_time_succeeds_shown_with_its_virtual_members() {
        Reply set = api.put("/api/v1/social-settings", shop.admin(), Map.of("virtualMembers", true, "version", 0));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        String campaign = campaign(4, 10);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        String code = opened.get("group").get("code").asString();
        shop.pay(leader, opened.get("orderId").asString());
        groupIs(code, "OPEN");
        brands.jdbc().sql("update group_buy_group set expires_at = now() - interval '1 second' where code = :c")
                .param("c", code).update();
        expiry.closeDue();

        JsonNode group = groupIs(code, "SUCCEEDED");
        assertThat(group.get("virtualMembers").asInt()).isEqualTo(3);
        JsonNode progress = api.get("/api/v1/group-buys/" + campaign, shop.admin()).body().get("progress");
        assertThat(progress.get("succeededWithVirtual").asInt()).isEqualTo(1);
        assertThat(progress.get("virtualMembers").asInt()).isEqualTo(3);
    }

    @Test
    void the_nth_and_later_joiners_racing_for_the_last_place_never_over_fill_the_group() throws Exception {
        String campaign = campaign(2, 20);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        String code = opened.get("group").get("code").asString();
        shop.pay(leader, opened.get("orderId").asString());
        groupIs(code, "OPEN");
        List<Shopper> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(shop.aShopper());
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> tries = new ArrayList<>();
        for (Shopper s : racers) {
            tries.add(pool.submit(() -> {
                start.await();
                return api.post(s.path("/groups/" + code + "/joins"), s.accessToken(), shop.pickup());
            }));
        }
        start.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> f : tries) {
            replies.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(SocialFixture.statuses(replies)).as(replies.toString()).containsOnly(201, 409)
                .filteredOn(s -> s == 201).hasSize(1);
        JsonNode group = group(code);
        assertThat(group.get("pendingMembers").asInt() + group.get("paidMembers").asInt()).isEqualTo(2);
        assertThat(group.get("freePlaces").asInt()).isZero();
        assertThat(brands.jdbc().sql("select count(*) from group_buy_member m join group_buy_group g on g.id = m.group_id "
                                     + "where g.code = :c").param("c", code).query(Integer.class).single()).isEqualTo(2);
        assertThat(brands.count("sales_order", shop.brand().tenantId())).isEqualTo(2);
    }

    @Test
    void a_till_finds_a_group_by_its_code_and_joins_a_customer_paid_in_cash() {
        String campaign = campaign(2, 10);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        String code = opened.get("group").get("code").asString();
        shop.pay(leader, opened.get("orderId").asString());
        groupIs(code, "OPEN");
        Shopper walkIn = shop.aShopper();

        Reply found = api.get("/api/v1/group-buy-groups/" + code.toLowerCase(), shop.admin());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.body().get("freePlaces").asInt()).isEqualTo(1);
        Reply joined = api.post("/api/v1/group-buy-groups/" + code + "/joins", shop.admin(), Map.of(
                "customerId", walkIn.customerId(), "storeId", shop.brand().storeId(), "tenders",
                List.of(Map.of("tender", "CASH", "amount", GROUP_PRICE, "cashTendered", 10_000))));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.body().get("total").asLong()).isEqualTo(GROUP_PRICE);
        groupIs(code, "SUCCEEDED");
    }

    @Test
    void bad_campaigns_and_joins_are_refused_naming_the_field() {
        Map<String, Object> tooCheap = body(3, 10);
        tooCheap.put("groupPrice", SocialFixture.LIST);
        assertRefused(api.post("/api/v1/group-buys", shop.admin(), tooCheap), "groupPrice");
        Map<String, Object> tooBig = body(51, 10);
        assertRefused(api.post("/api/v1/group-buys", shop.admin(), tooBig), "groupSize");
        Map<String, Object> overStock = body(3, 51);
        assertRefused(api.post("/api/v1/group-buys", shop.admin(), overStock), "allocation");
        String manager = api.login(shop.brand().login("manager"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/group-buys", manager, body(3, 10)).status()).isEqualTo(403);

        String campaign = campaign(3, 10);
        Shopper leader = shop.aShopper();
        JsonNode opened = open(leader, campaign);
        String code = opened.get("group").get("code").asString();
        shop.pay(leader, opened.get("orderId").asString());
        groupIs(code, "OPEN");
        assertRefused(api.post(leader.path("/groups/" + code + "/joins"), leader.accessToken(), shop.pickup()),
                "code");
        assertThat(api.get(shop.aShopper().path("/groups/NOSUCHCODE"), null).status()).isEqualTo(404);
    }

    private String campaign(int size, int allocation) {
        Reply made = api.post("/api/v1/group-buys", shop.admin(), body(size, allocation));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.id();
    }

    private Map<String, Object> body(int size, int allocation) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", "紫砂壶拼团");
        b.put("skuId", shop.teapot());
        b.put("groupPrice", GROUP_PRICE);
        b.put("groupSize", size);
        b.put("limitMinutes", 60);
        b.put("perCustomer", 2);
        b.put("allocation", allocation);
        b.put("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString());
        b.put("endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString());
        return b;
    }

    private JsonNode open(Shopper leader, String campaign) {
        Reply opened = api.post(leader.path("/group-buys/" + campaign + "/groups"), leader.accessToken(),
                shop.pickup());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.body();
    }

    private JsonNode group(String code) {
        return api.get("/api/v1/shop/" + shop.brand().code() + "/groups/" + code, null).body();
    }

    private JsonNode groupIs(String code, String status) {
        return Eventually.until("the group " + status, Duration.ofSeconds(30), () -> group(code),
                g -> status.equals(g.get("status").asString()));
    }

    private static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isIn(400, 409);
        assertThat(reply.body().get("errors").findValuesAsString("field")).as(reply.toString()).contains(field);
    }
}
