package io.oneshelf.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.distribution.commission.Settling;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Distribution through the API: applications and approval, binding customers by share code under the brand's rule,
 * two tiers of commission on a referred order pending through the return window and available after it (the job
 * run directly, the window moved back in SQL), reversed or clawed back by returns, withdrawals paid once, and both
 * ledgers reconciling.
 */
class DistributionApiTest extends ApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    SkuFixture skus;

    @Autowired
    Settling settling;

    private Brand brand;
    private String admin;
    private UUID tea;

    @BeforeEach
    void aBrandWithTeaInStoreAndALevelPaying10And3Percent() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), io.oneshelf.support.BrandFixture.PASSWORD);
        tea = skus.aPricedSku(brand, 10000);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 50)).status()).isEqualTo(201);
        Reply level = api.put("/api/v1/distribution/levels", admin, Map.of("level", 1, "name", "Bronze",
                "firstBp", 1000, "secondBp", 300));
        assertThat(level.status()).as(level.toString()).isEqualTo(200);
    }

    /** An approved distributor (invited by {@code inviterCode} if not null): their share code. */
    private String distributor(Shopper s, String inviterCode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("payee", "o-" + s.customerId()));
        if (inviterCode != null) {
            body.put("inviterCode", inviterCode);
        }
        Reply applied = api.post(s.path("/me/distributor"), s.accessToken(), body);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        JsonNode d = applied.body().get("distributor");
        assertThat(d.get("status").asString()).isEqualTo("PENDING");
        Reply approved = api.post("/api/v1/distributors/" + d.get("id").asString() + "/decision", admin,
                Map.of("status", "APPROVED", "level", 1, "version", d.get("version").asInt()));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return approved.body().get("code").asString();
    }

    private String distributorId(Shopper s) {
        return api.get(s.path("/me/distributor"), s.accessToken()).body().get("distributor").get("id").asString();
    }

    private Reply follow(Shopper s, String code) {
        return api.post(s.path("/me/referrer"), s.accessToken(), Map.of("code", code));
    }

    private Reply tillSale(UUID customer, long quantity) {
        Reply sale = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", customer,
                "lines", List.of(Map.of("skuId", tea, "quantity", quantity)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 10000 * quantity,
                        "cashTendered", 10000 * quantity))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        return sale;
    }

    private void returnOne(Reply sale) {
        Reply back = api.post("/api/v1/orders/" + sale.id() + "/returns", admin, Map.of("placeId", brand.storeId(),
                "restock", true, "lines", List.of(Map.of("lineIndex", 0, "quantity", 1))));
        assertThat(back.status()).as(back.toString()).isEqualTo(201);
    }

    private JsonNode ledger(String distributorId, int rows) {
        return Eventually.until(rows + " ledger rows", PATIENCE, () -> api.get(
                "/api/v1/distribution/commissions?distributorId=" + distributorId, admin).body().get("items"),
                i -> i.size() == rows);
    }

    private JsonNode balance(Shopper s) {
        return api.get(s.path("/me/distributor"), s.accessToken()).body().get("balance");
    }

    /** Closes the return window of every commission of the brand's orders, as if the days had passed. */
    private void windowPassed() {
        brands.jdbc().sql("update distribution_commission set settles_at = now() - interval '1 minute'"
                          + " where tenant_id = :t and kind = 'EARNED'").param("t", brand.tenantId()).update();
    }

    private void reconciles() {
        Reply check = api.get("/api/v1/distribution/check", admin);
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.body().get("differences")).as(check.toString()).isEmpty();
    }

    @Test
    void a_referred_order_pays_two_tiers_after_the_return_window_and_returns_take_back_their_share() {
        Shopper inviter = Shoppers.aShopper(api, brand.code());
        Shopper referrer = Shoppers.aShopper(api, brand.code());
        Shopper customer = Shoppers.aShopper(api, brand.code());
        String inviterCode = distributor(inviter, null);
        String code = distributor(referrer, inviterCode);
        assertThat(follow(customer, code).body().get("code").asString()).isEqualTo(code);

        Reply sale = tillSale(customer.customerId(), 2);
        JsonNode first = ledger(distributorId(referrer), 1);
        assertThat(first.get(0).get("kind").asString()).isEqualTo("EARNED");
        assertThat(first.get(0).get("base").asLong()).isEqualTo(20000);
        assertThat(first.get(0).get("pending").asLong()).as("10 % of 200 yuan").isEqualTo(2000);
        JsonNode second = ledger(distributorId(inviter), 1);
        assertThat(second.get(0).get("tier").asInt()).isEqualTo(2);
        assertThat(second.get(0).get("pending").asLong()).as("3 % for the inviter").isEqualTo(600);
        assertThat(balance(referrer).get("pending").asLong()).isEqualTo(2000);
        assertThat(balance(referrer).get("available").asLong()).isZero();

        settling.settleDue(OffsetDateTime.now());
        assertThat(balance(referrer).get("available").asLong()).as("the window is open").isZero();
        returnOne(sale);
        JsonNode reversed = ledger(distributorId(referrer), 2);
        assertThat(reversed.get(0).get("kind").asString()).isEqualTo("REVERSED");
        assertThat(reversed.get(0).get("pending").asLong()).isEqualTo(-1000);
        assertThat(ledger(distributorId(inviter), 2).get(0).get("pending").asLong()).isEqualTo(-300);

        windowPassed();
        assertThat(settling.settleDue(OffsetDateTime.now())).isPositive();
        assertThat(balance(referrer).get("pending").asLong()).isZero();
        assertThat(balance(referrer).get("available").asLong()).isEqualTo(1000);
        assertThat(balance(inviter).get("available").asLong()).isEqualTo(300);
        reconciles();

        returnOne(sale);
        JsonNode clawed = ledger(distributorId(referrer), 4);
        assertThat(clawed.get(0).get("kind").asString()).isEqualTo("CLAWED_BACK");
        assertThat(clawed.get(0).get("available").asLong()).isEqualTo(-1000);
        assertThat(Eventually.until("the inviter's claw-back", PATIENCE, () -> balance(inviter),
                b -> b.get("available").asLong() == 0)).isNotNull();
        assertThat(balance(referrer).get("available").asLong()).isZero();
        reconciles();
    }

    @Test
    void an_unbound_customers_order_or_a_frozen_referrers_earns_nothing() {
        Shopper referrer = Shoppers.aShopper(api, brand.code());
        Shopper customer = Shoppers.aShopper(api, brand.code());
        Shopper other = Shoppers.aShopper(api, brand.code());
        Shopper control = Shoppers.aShopper(api, brand.code());
        String code = distributor(referrer, null);
        follow(control, distributor(other, null));
        Reply unbound = tillSale(customer.customerId(), 1);
        follow(customer, code);
        String id = distributorId(referrer);
        JsonNode d = api.get(referrer.path("/me/distributor"), referrer.accessToken()).body().get("distributor");
        Reply frozen = api.post("/api/v1/distributors/" + id + "/decision", admin,
                Map.of("status", "FROZEN", "level", 1, "version", d.get("version").asInt()));
        assertThat(frozen.status()).as(frozen.toString()).isEqualTo(200);
        Reply sale = tillSale(customer.customerId(), 1);
        Reply controlSale = tillSale(control.customerId(), 1);

        // the positive control in the same run: an approved referrer's customer earns
        assertThat(ledger(distributorId(other), 1).get(0).get("orderId").asString()).isEqualTo(controlSale.id());
        // and distribution's listeners are done with both orders, so nothing is still to come for them
        handled(unbound.id());
        handled(sale.id());
        Reply again = api.post("/api/v1/distributors/" + id + "/decision", admin,
                Map.of("status", "REJECTED", "level", 1, "version", frozen.body().get("version").asInt()));
        assertThat(again.status()).as("a frozen distributor is not rejected").isEqualTo(409);
        assertThat(api.get("/api/v1/distribution/commissions?distributorId=" + id, admin).body().get("items"))
                .isEmpty();
        assertThat(brands.jdbc().sql("select count(*) from distribution_commission where order_id in (:o)")
                .param("o", List.of(UUID.fromString(unbound.id()), UUID.fromString(sale.id())))
                .query(Integer.class).single()).isZero();
    }

    /**
     * Waits until the distribution module's listeners have handled every event of the order: their publications are
     * written with the sale and deleted once handled (a failed one stays, and this times out).
     */
    private void handled(String orderId) {
        // paid, so its OrderPaid and the listeners' publications are written (in the same transaction)
        Eventually.until("the sale paid", PATIENCE, () -> api.get("/api/v1/orders/" + orderId, admin).body(),
                o -> o.get("paid").asLong() > 0);
        Eventually.until("distribution's listeners done with " + orderId, PATIENCE, () -> brands.jdbc().sql(
                        "select count(*) from event_publication where listener_id like 'io.oneshelf.distribution.%'"
                        + " and serialized_event like :order").param("order", "%" + orderId + "%")
                .query(Long.class).single(), n -> n == 0);
    }

    private void settings(String rule, int bindingDays, int protectionDays) {
        int version = api.get("/api/v1/distribution/settings", admin).body().get("version").asInt();
        Reply set = api.put("/api/v1/distribution/settings", admin, Map.of("bindingRule", rule, "bindingDays",
                bindingDays, "protectionDays", protectionDays, "returnWindowDays", 7, "minWithdrawal", 100,
                "version", version));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private JsonNode history(UUID customer) {
        Reply h = api.get("/api/v1/distribution/bindings?customerId=" + customer, admin);
        assertThat(h.status()).as(h.toString()).isEqualTo(200);
        return h.body();
    }

    @Test
    void first_touch_keeps_the_first_referrer_and_last_touch_rebinds_only_after_the_protection_period() {
        Shopper one = Shoppers.aShopper(api, brand.code());
        Shopper two = Shoppers.aShopper(api, brand.code());
        Shopper customer = Shoppers.aShopper(api, brand.code());
        String first = distributor(one, null);
        String other = distributor(two, null);
        assertThat(follow(customer, first).body().get("code").asString()).isEqualTo(first);
        assertThat(follow(customer, other).body().get("code").asString()).as("first touch").isEqualTo(first);

        settings("LAST_TOUCH", 30, 3);
        assertThat(follow(customer, other).body().get("code").asString()).as("protected").isEqualTo(first);
        brands.jdbc().sql("update distribution_binding set started_at = started_at - interval '4 days'"
                          + " where tenant_id = :t and customer_id = :c").param("t", brand.tenantId())
                .param("c", customer.customerId()).update();
        Reply rebound = follow(customer, other);
        assertThat(rebound.body().get("code").asString()).as("the protection is over").isEqualTo(other);
        JsonNode history = history(customer.customerId());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("endedAt").isNull()).as("the first kept, ended").isFalse();

        JsonNode centre = api.get(two.path("/me/distributor"), two.accessToken()).body();
        assertThat(centre.get("bindingRule").asString()).isEqualTo("LAST_TOUCH");
        assertThat(centre.get("protectionDays").asInt()).isEqualTo(3);
        assertThat(centre.get("link").asString()).endsWith("?ref=" + other);
        assertThat(api.get(two.path("/me/distributor/team"), two.accessToken()).body().get("items")).hasSize(1);

        assertThat(follow(customer, "NOSUCH99").status()).isEqualTo(400);
        assertThat(follow(one, first).body().get("distributorId").isNull()).as("nobody refers themselves").isTrue();
    }

    /** A referrer with {@code fen} available (one order settled). */
    private Shopper withAvailable() {
        Shopper referrer = Shoppers.aShopper(api, brand.code());
        Shopper customer = Shoppers.aShopper(api, brand.code());
        follow(customer, distributor(referrer, null));
        tillSale(customer.customerId(), 3);
        ledger(distributorId(referrer), 1);
        windowPassed();
        settling.settleDue(OffsetDateTime.now());
        assertThat(balance(referrer).get("available").asLong()).isEqualTo(3000);
        return referrer;
    }

    private static <T> List<T> atOnce(Supplier<T> what) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<T>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return what.get();
            }));
        }
        List<T> out = new ArrayList<>();
        for (CompletableFuture<T> r : racing) {
            out.add(r.get());
        }
        return out;
    }

    @Test
    void two_withdrawals_of_the_same_balance_at_once_hold_it_once_and_it_is_paid_once() throws Exception {
        Shopper referrer = withAvailable();
        List<Reply> answers = atOnce(() -> api.post(referrer.path("/me/distributor/withdrawals"),
                referrer.accessToken(), Map.of("amount", 3000)));
        assertThat(answers).extracting(Reply::status).containsExactlyInAnyOrder(201, 409);
        Reply won = answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
        assertThat(balance(referrer).get("available").asLong()).isZero();
        assertThat(balance(referrer).get("requested").asLong()).isEqualTo(3000);

        List<Reply> decided = atOnce(() -> api.post("/api/v1/distribution/withdrawals/" + won.id() + "/decision",
                admin, Map.of("approve", true)));
        assertThat(decided).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
        Reply paid = decided.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertThat(paid.body().get("status").asString()).isEqualTo("PAID");
        assertThat(paid.body().get("transferId").asString()).isNotBlank();
        assertThat(balance(referrer).get("withdrawn").asLong()).isEqualTo(3000);
        assertThat(balance(referrer).get("available").asLong()).isZero();
        assertThat(brands.jdbc().sql("select count(*) from distribution_payout where withdrawal_id = :w"
                + " and kind = 'PAID'").param("w", UUID.fromString(won.id())).query(Integer.class).single())
                .isEqualTo(1);
        reconciles();
    }

    @Test
    void a_rejected_withdrawal_gives_the_balance_back() {
        Shopper referrer = withAvailable();
        Reply w = api.post(referrer.path("/me/distributor/withdrawals"), referrer.accessToken(),
                Map.of("amount", 2000));
        assertThat(w.status()).as(w.toString()).isEqualTo(201);
        assertThat(api.post(referrer.path("/me/distributor/withdrawals"), referrer.accessToken(),
                Map.of("amount", 1001)).status()).as("more than is left").isEqualTo(409);
        Reply rejected = api.post("/api/v1/distribution/withdrawals/" + w.id() + "/decision", admin,
                Map.of("approve", false, "reason", "details wrong"));
        assertThat(rejected.body().get("status").asString()).isEqualTo("REJECTED");
        assertThat(balance(referrer).get("available").asLong()).isEqualTo(3000);
        reconciles();
    }

    @Test
    void the_settling_job_run_twice_at_once_settles_each_order_once() throws Exception {
        Shopper referrer = Shoppers.aShopper(api, brand.code());
        String code = distributor(referrer, null);
        for (int i = 0; i < 3; i++) {
            Shopper customer = Shoppers.aShopper(api, brand.code());
            follow(customer, code);
            tillSale(customer.customerId(), 1);
        }
        ledger(distributorId(referrer), 3);
        windowPassed();
        // (other brands' due rows, if any, may be settled too: the counts are of this brand's rows)
        List<Integer> settled = atOnce(() -> settling.settleDue(OffsetDateTime.now()));
        assertThat(settled).hasSize(2);
        assertThat(balance(referrer).get("available").asLong()).isEqualTo(3000);
        assertThat(brands.jdbc().sql("select count(*) from distribution_commission where tenant_id = :t"
                + " and kind = 'SETTLED'").param("t", brand.tenantId()).query(Integer.class).single()).isEqualTo(3);
        reconciles();
    }
}
