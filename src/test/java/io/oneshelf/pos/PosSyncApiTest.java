package io.oneshelf.pos;

import static io.oneshelf.pos.PosClient.cash;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Sales a till made offline, synced later: each exactly once, kept as sold, flagged where they conflict. */
class PosSyncApiTest extends PosApiTest {

    private String shift;

    @BeforeEach
    void anOpenShift() {
        shift = pos.openShift(0);
    }

    @Test
    void three_sales_synced_twice_count_once_each() {
        List<Map<String, Object>> sales = List.of(sale(1, 1500), sale(1, 1500), sale(1, 1500));

        JsonNode first = sync(sales);
        JsonNode replay = sync(sales);

        for (int i = 0; i < 3; i++) {
            assertThat(first.get(i).get("outcome").asString()).isEqualTo("ACCEPTED");
            assertThat(replay.get(i).get("outcome").asString()).isEqualTo("DUPLICATE");
            assertThat(replay.get(i).get("orderId")).isEqualTo(first.get(i).get("orderId"));
            assertThat(first.get(i).get("conflicts").size()).isZero();
        }
        assertThat(brands.count("sales_order", pos.brand().tenantId())).isEqualTo(3);
        assertThat(pos.teaInStock()).isEqualTo(7);
        assertThat(pos.cashier().report(shift).get("salesCount").asLong()).isEqualTo(3);
        assertThat(pos.cashier().report(shift).get("salesFen").asLong()).isEqualTo(4500);
        pos.stock().assertLedgerMatchesBalances();
    }

    @Test
    void an_interrupted_sync_resumes_and_counts_each_sale_once() {
        List<Map<String, Object>> sales = List.of(sale(1, 1500), sale(2, 3000), sale(1, 1500));

        sync(sales.subList(0, 2));
        JsonNode resumed = sync(sales);

        assertThat(resumed.get(0).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(resumed.get(1).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(resumed.get(2).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(brands.count("sales_order", pos.brand().tenantId())).isEqualTo(3);
        assertThat(pos.teaInStock()).isEqualTo(6);
        assertThat(pos.cashier().report(shift).get("salesCount").asLong()).isEqualTo(3);
    }

    @Test
    void a_sale_synced_after_the_stock_ran_out_is_kept_as_sold_and_flagged_for_the_manager() {
        JsonNode result = sync(List.of(sale(12, 18_000))).get(0);

        assertThat(result.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(result.get("conflicts").get(0).get("kind").asString()).isEqualTo("STOCK_SHORT");
        assertThat(api.get("/api/v1/orders/" + result.get("orderId").asString(), pos.admin()).body()
                .get("total").asLong()).isEqualTo(18_000);
        assertThat(pos.teaInStock()).isZero();
        pos.stock().assertLedgerMatchesBalances();

        String manager = pos.as("manager").token();
        Reply open = api.get(PosClient.POS + "/conflicts?status=OPEN", manager);
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        JsonNode conflict = open.body().get("items").get(0);
        assertThat(conflict.get("kind").asString()).isEqualTo("STOCK_SHORT");
        // the SKU by its code, as the manager knows it, not by its id
        String code = api.get("/api/v1/skus/" + pos.tea(), pos.admin()).body().get("code").asString();
        assertThat(conflict.get("detail").asString()).contains(code).doesNotContain(pos.tea().toString());
        assertThat(conflict.get("number").asString()).isEqualTo(result.get("number").asString());
        Reply resolved = api.post(PosClient.POS + "/conflicts/" + conflict.get("id").asString() + "/resolve",
                manager, Map.of("note", "recounted: 2 found in the back room"));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.body().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(api.get(PosClient.POS + "/conflicts?status=OPEN", manager).body().get("items").size()).isZero();
        assertThat(api.get(PosClient.POS + "/conflicts", pos.cashier().token()).status()).isEqualTo(403);
    }

    @Test
    void a_sale_whose_price_changed_meanwhile_keeps_the_recorded_amount_and_is_flagged() {
        Map<String, Object> cheaper = new HashMap<>(sale(2, 2400));
        cheaper.put("lines", List.of(Map.of("skuId", pos.tea(), "quantity", 2, "unitPrice", 1200)));

        JsonNode result = sync(List.of(cheaper)).get(0);

        assertThat(result.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(result.get("conflicts").get(0).get("kind").asString()).isEqualTo("PRICE_CHANGED");
        JsonNode order = api.get("/api/v1/orders/" + result.get("orderId").asString(), pos.admin()).body();
        assertThat(order.get("total").asLong()).isEqualTo(2400);
        assertThat(order.get("lines").get(0).get("unitPrice").asLong()).isEqualTo(1200);
        assertThat(order.get("paid").asLong()).isEqualTo(2400);
    }

    @Test
    void offline_a_sale_is_paid_in_cash_or_by_card_only() {
        Map<String, Object> byWeChat = new HashMap<>(sale(1, 1500));
        byWeChat.put("tenders", List.of(Map.of("tender", "WECHAT_PAY", "amount", 1500)));

        Reply refused = pos.sync(List.of(sale(1, 1500), byWeChat));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.raw()).contains("sales[1].tenders[0].tender");
        assertThat(brands.count("sales_order", pos.brand().tenantId())).isZero();
    }

    @Test
    void the_same_sale_synced_by_two_requests_at_once_is_one_order() {
        Map<String, Object> one = sale(1, 1500);
        List<CompletableFuture<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> pos.sync(List.of(one))));
        }
        List<Reply> replies = calls.stream().map(CompletableFuture::join).toList();

        for (Reply r : replies) {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        assertThat(replies.get(0).body().get("results").get(0).get("orderId"))
                .isEqualTo(replies.get(1).body().get("results").get(0).get("orderId"));
        assertThat(brands.count("sales_order", pos.brand().tenantId())).isEqualTo(1);
        assertThat(pos.cashier().report(shift).get("salesCount").asLong()).isEqualTo(1);
        assertThat(pos.teaInStock()).isEqualTo(9);
    }

    @Test
    void a_sale_for_a_member_merged_meanwhile_is_credited_to_the_survivor_and_flagged() {
        Shopper anna = Shoppers.aShopper(api, pos.brand().code());
        Shopper annaAgain = Shoppers.aShopper(api, pos.brand().code());
        Reply merged = api.post("/api/v1/customers/" + anna.customerId() + "/merges", pos.admin(),
                Map.of("mergedId", annaAgain.customerId()));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(201);

        JsonNode result = sync(List.of(forMember(sale(1, 1500), annaAgain))).get(0);

        assertThat(result.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(result.get("conflicts").get(0).get("kind").asString()).isEqualTo("MEMBER_MERGED");
        assertThat(result.get("conflicts").get(0).get("detail").asString())
                .contains(annaAgain.phone().substring(7), anna.phone().substring(7));
        JsonNode order = api.get("/api/v1/orders/" + result.get("orderId").asString(), pos.admin()).body();
        assertThat(order.get("customerId").asString()).isEqualTo(anna.customerId().toString());
        Eventually.until("the survivor to earn the sale's points", Duration.ofSeconds(20),
                () -> points(anna), balance -> balance == 15);
        assertThat(points(annaAgain)).isZero();
        String manager = pos.as("manager").token();
        assertThat(api.get(PosClient.POS + "/conflicts?status=OPEN", manager).body().get("items").get(0)
                .get("kind").asString()).isEqualTo("MEMBER_MERGED");
    }

    @Test
    void a_members_offline_sale_earns_its_points_once_and_its_replay_nothing_more() {
        Shopper member = Shoppers.aShopper(api, pos.brand().code());
        List<Map<String, Object>> sales = List.of(forMember(sale(2, 3000), member));

        String order = sync(sales).get(0).get("orderId").asString();
        Eventually.until("the sale's points to be earned", Duration.ofSeconds(20), () -> points(member), p -> p == 30);
        JsonNode replay = sync(sales);
        // a later sale's points come after anything the replay could have set off
        sync(List.of(forMember(sale(1, 1500), member)));
        Eventually.until("the later sale's points", Duration.ofSeconds(20), () -> points(member), p -> p >= 45);

        assertThat(replay.get(0).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(points(member)).isEqualTo(45);
        assertThat(brands.jdbc().sql("select count(*) from points_entry where order_id = :o and kind = 'EARN'")
                .param("o", UUID.fromString(order)).query(Long.class).single()).isEqualTo(1);
        Reply receipt = api.get("/api/v1/pos/receipts/" + order, pos.cashier().token());
        assertThat(receipt.body().get("pointsEarned").asLong()).isEqualTo(30);
        assertThat(receipt.body().get("tillName").asString()).isEqualTo("Till T1");
    }

    @Test
    void a_void_recorded_offline_syncs_once_at_the_time_it_happened_on_the_device() {
        OffsetDateTime happened = OffsetDateTime.now().minusMinutes(7).withNano(0);
        Map<String, Object> voided = Map.of("clientVoidId", UUID.randomUUID(), "recordedAt", happened.toString(),
                "kind", "LINE", "skuId", pos.tea(), "quantity", 1, "amountFen", 1500,
                "reason", "customer changed mind");

        Reply first = api.post(pos.tillPath("/sync"), pos.cashier().token(),
                Map.of("sales", List.of(), "voids", List.of(voided)));
        Reply replay = api.post(pos.tillPath("/sync"), pos.cashier().token(),
                Map.of("sales", List.of(), "voids", List.of(voided)));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        JsonNode once = first.body().get("voids").get(0);
        assertThat(once.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(replay.body().get("voids").get(0).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(replay.body().get("voids").get(0).get("voidId")).isEqualTo(once.get("voidId"));
        UUID tillId = UUID.fromString(pos.till());
        assertThat(brands.jdbc().sql("select count(*) from pos_void where till_id = :t").param("t", tillId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(brands.jdbc().sql("select at from pos_void where till_id = :t").param("t", tillId)
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(happened.toInstant());
        assertThat(brands.jdbc().sql("select shift_id from pos_void where till_id = :t").param("t", tillId)
                .query(UUID.class).single()).hasToString(shift);
        assertThat(brands.jdbc().sql("select count(*) from audit_event where action = 'pos.void' and entity_id = :t")
                .param("t", tillId).query(Long.class).single()).isEqualTo(1);
        assertThat(brands.jdbc().sql("select count(*) from event_log where type = 'pos.void.recorded'"
                        + " and aggregate_id = :v").param("v", UUID.fromString(once.get("voidId").asString()))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_offline_line_void_names_its_sku_and_nothing_of_the_sync_is_applied_when_it_does_not() {
        Map<String, Object> noSku = Map.of("clientVoidId", UUID.randomUUID(), "recordedAt",
                OffsetDateTime.now().minusMinutes(1).toString(), "kind", "LINE", "quantity", 1, "amountFen", 1500,
                "reason", "scanned twice");

        Reply refused = api.post(pos.tillPath("/sync"), pos.cashier().token(),
                Map.of("sales", List.of(sale(1, 1500)), "voids", List.of(noSku)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.raw()).contains("voids[0].skuId");
        assertThat(brands.count("sales_order", pos.brand().tenantId())).isZero();
    }

    private long points(Shopper who) {
        Reply points = api.get("/api/v1/customers/" + who.customerId() + "/points", pos.admin());
        assertThat(points.status()).as(points.toString()).isEqualTo(200);
        return points.body().get("balance").asLong();
    }

    private static Map<String, Object> forMember(Map<String, Object> sale, Shopper member) {
        Map<String, Object> withMember = new HashMap<>(sale);
        withMember.put("customerId", member.customerId());
        return withMember;
    }

    private JsonNode sync(List<Map<String, Object>> sales) {
        Reply synced = pos.sync(sales);
        assertThat(synced.status()).as(synced.toString()).isEqualTo(200);
        return synced.body().get("results");
    }

    /** A sale of teas at the list price, paid in cash, made a minute ago. */
    private Map<String, Object> sale(long quantity, long total) {
        return Map.of("clientSaleId", UUID.randomUUID(), "recordedAt", OffsetDateTime.now().minusMinutes(1).toString(),
                "lines", List.of(Map.of("skuId", pos.tea(), "quantity", quantity, "unitPrice", 1500)),
                "tenders", List.of(cash(total, total)), "total", total);
    }
}
