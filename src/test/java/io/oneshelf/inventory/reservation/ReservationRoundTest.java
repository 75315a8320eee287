package io.oneshelf.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.inventory.HoldLine;
import io.oneshelf.inventory.HoldLines;
import io.oneshelf.inventory.HoldResult.Outcome;
import io.oneshelf.inventory.HoldStock;
import io.oneshelf.inventory.IdempotencyKey;
import io.oneshelf.platform.Rejection.Fault;
import io.oneshelf.platform.Rejection.Kind;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many hold requests settled in one round: each still gets the answer it would have got alone, and only what
 * succeeded is kept (its reservation, its movements, its Idempotency-Key).
 */
class ReservationRoundTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    @Autowired
    ReservationRound round;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ReservationAnswers kept;

    @Test
    void one_round_answers_every_request_as_if_it_had_come_alone_and_keeps_only_what_succeeded() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        UUID cake = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(tea, brand.storeId(), 10);
        admin.receive(cake, brand.storeId(), 4);
        Reply earlier = api.send("POST", "/api/v1/stock/reservations", admin.token(), Map.of("reference", "EARLY",
                "expiresInSeconds", 600, "lines", List.of(StockClient.line(tea, brand.storeId(), 1))), "key-early");
        assertThat(earlier.status()).isEqualTo(201);
        Actor actor = admin(brand);
        UUID store = brand.storeId();

        List<HoldStock> requests = List.of(
                hold(actor, "k0", "A", line(tea, store, 3)),                       // fits: 9 -> 6
                hold(actor, "k1", "B", line(cake, store, 5)),                      // 4 < 5: out of stock
                hold(actor, "k2", "C", line(UUID.randomUUID(), store, 1)),         // no such SKU
                hold(actor, "k3", "D", line(tea, store, 2), line(cake, store, 4)), // fits both: 6 -> 4, 4 -> 0
                hold(actor, "k4", "E", line(tea, store, 4), line(cake, store, 1)), // tea fits, cake gone: neither
                hold(actor, "k5", "EARLY", line(tea, store, 1)),                   // same reference, same lines
                hold(actor, "k6", "EARLY", line(tea, store, 2)),                   // same reference, other lines
                hold(actor, "key-early", "F", line(tea, store, 1)),                // key reused for another request
                hold(actor, "k8", "G", line(tea, store, 4)));                      // exactly what is left of tea

        List<HoldAnswer> answers = transactions.execute(tx -> round.run(requests));

        assertThat(answers.get(0).result().outcome()).isEqualTo(Outcome.MADE);
        assertThat(answers.get(1).refusal().kind()).isEqualTo(Kind.OUT_OF_STOCK);
        assertThat(answers.get(1).refusal().faults().get(0).field()).isEqualTo("lines[0].quantity");
        assertThat(answers.get(2).refusal().faults().get(0).field()).isEqualTo("lines[0].skuId");
        assertThat(answers.get(3).result().outcome()).isEqualTo(Outcome.MADE);
        assertThat(answers.get(4).refusal().kind()).isEqualTo(Kind.OUT_OF_STOCK);
        assertThat(answers.get(4).refusal().faults().get(0).field()).isEqualTo("lines[1].quantity");
        assertThat(answers.get(5).result().outcome()).isEqualTo(Outcome.FOUND);
        assertThat(answers.get(5).result().hold().id().toString()).isEqualTo(earlier.id());
        assertThat(answers.get(6).refusal().kind()).isEqualTo(Kind.CONFLICT);
        assertThat(answers.get(7).refusal().kind()).isEqualTo(Kind.IDEMPOTENCY_KEY_REUSED);
        assertThat(answers.get(8).result().outcome()).isEqualTo(Outcome.MADE);

        assertThat(admin.balance(tea, store)).containsExactly(10, 10, 0);
        assertThat(admin.balance(cake, store)).containsExactly(4, 4, 0);
        admin.assertLedgerMatchesBalances();
        assertThat(references(brand)).containsExactlyInAnyOrder("EARLY", "A", "D", "G");
        assertThat(keys(brand)).containsExactlyInAnyOrder("key-early", "k0", "k3", "k5", "k8");

        Reply retriedRefusal = api.send("POST", "/api/v1/stock/reservations", admin.token(), Map.of("reference", "B",
                "expiresInSeconds", 600, "lines", List.of(StockClient.line(cake, store, 5))), "k1");
        assertThat(retriedRefusal.status()).as("a refused request's key is free: the retry runs again").isEqualTo(409);
        assertThat(retriedRefusal.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void a_request_naming_a_deactivated_sku_is_refused_while_the_others_of_its_round_hold_their_stock() {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        UUID cake = skus.aSkuThatCanBeDeactivated(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(tea, brand.storeId(), 10);
        admin.receive(cake, brand.storeId(), 10);
        Reply off = api.post("/api/v1/skus/" + cake + "/deactivate", admin.token(), Map.of());
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        Actor actor = admin(brand);
        UUID store = brand.storeId();

        List<HoldStock> requests = List.of(
                hold(actor, "k0", "A", line(tea, store, 2)),                        // fits: 10 -> 8
                hold(actor, "k1", "B", line(tea, store, 1), line(cake, store, 1)),  // cake deactivated: neither
                hold(actor, "k2", "C", line(cake, store, 4)),                       // cake deactivated
                hold(actor, "k3", "D", line(tea, store, 3)));                       // fits: 8 -> 5

        List<HoldAnswer> answers = transactions.execute(tx -> round.run(requests));

        assertThat(answers.get(0).result().outcome()).isEqualTo(Outcome.MADE);
        assertThat(answers.get(1).refusal()).as("B is refused").isNotNull();
        assertThat(answers.get(1).refusal().kind()).isEqualTo(Kind.CONFLICT);
        assertThat(answers.get(1).refusal().faults()).singleElement()
                .isEqualTo(Fault.of("lines[1].skuId", "inventory.sku-deactivated.field"));
        assertThat(answers.get(2).refusal()).as("C is refused").isNotNull();
        assertThat(answers.get(2).refusal().faults()).singleElement()
                .isEqualTo(Fault.of("lines[0].skuId", "inventory.sku-deactivated.field"));
        assertThat(answers.get(3).result().outcome()).isEqualTo(Outcome.MADE);
        assertThat(admin.balance(tea, store)).containsExactly(10, 5, 5);
        assertThat(admin.balance(cake, store)).containsExactly(10, 0, 10);
        admin.assertLedgerMatchesBalances();
        assertThat(references(brand)).containsExactlyInAnyOrder("A", "D");
        assertThat(keys(brand)).as("the refused requests' keys stay free").containsExactlyInAnyOrder("k0", "k3");
    }

    @Test
    void many_requests_with_one_reference_at_once_hold_the_stock_once_and_all_see_the_same_reservation()
            throws Exception {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(tea, brand.storeId(), 50);

        List<Reply> replies = atOnce(24, i -> admin.reserveOne("ORDER-1", tea, brand.storeId(), 2));

        assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        assertThat(replies.stream().map(Reply::id).distinct()).hasSize(1);
        assertThat(admin.balance(tea, brand.storeId())).containsExactly(50, 2, 48);
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void many_retries_with_one_key_at_once_act_once_and_replay_the_first_answer() throws Exception {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(tea, brand.storeId(), 50);
        Map<String, Object> body = Map.of("reference", "ORDER-2", "expiresInSeconds", 600,
                "lines", List.of(StockClient.line(tea, brand.storeId(), 3)));

        List<Reply> replies = atOnce(24, i -> api.send("POST", "/api/v1/stock/reservations", admin.token(), body,
                "same-key"));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(replies.stream().filter(r -> r.header("Idempotent-Replayed") == null)).hasSize(1);
        assertThat(replies.stream().map(Reply::raw).distinct()).hasSize(1);
        assertThat(admin.balance(tea, brand.storeId())).containsExactly(50, 3, 47);
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void a_key_that_another_server_stores_while_the_round_runs_undoes_the_round_and_the_retry_replays_it()
            throws Exception {
        Brand brand = brands.aBrand();
        UUID tea = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(tea, brand.storeId(), 10);
        Actor actor = admin(brand);
        HoldStock request = hold(actor, "k-race", "RACE", line(tea, brand.storeId(), 1));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // the other server has claimed the key and not committed yet: this round does not see it at first
            java.util.concurrent.CountDownLatch claimed = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
            Future<?> other = threads.submit(() -> transactions.executeWithoutResult(tx -> {
                brands.jdbc().sql("""
                        insert into idempotency_record(tenant_id, actor_id, idem_key, request_hash, response_status,
                                                       content_type, response_body, created_at)
                        values (:t, :a, 'k-race', :h, 201, 'application/json', :b, now())""")
                        .param("t", actor.tenantId()).param("a", actor.id())
                        .param("h", request.key().fingerprint()).param("b", "{\"from\":\"other\"}".getBytes())
                        .update();
                claimed.countDown();
                await(commit);
            }));
            await(claimed);
            Future<List<HoldAnswer>> mine = threads.submit(() -> transactions.execute(tx -> round.run(List.of(request))));
            Eventually.until("the round to wait for the other server's key", java.time.Duration.ofSeconds(30), () -> brands.jdbc().sql("""
                    select count(*) from pg_stat_activity where wait_event_type = 'Lock'""")
                    .query(Long.class).single(), n -> n > 0);
            commit.countDown();
            other.get();

            assertThatThrownBy(mine::get).hasCauseInstanceOf(ConcurrencyFailureException.class);
        } finally {
            threads.shutdownNow();
        }
        assertThat(references(brand)).doesNotContain("RACE");
        assertThat(admin.balance(tea, brand.storeId())).containsExactly(10, 0, 10);

        List<HoldAnswer> retried = transactions.execute(tx -> round.run(List.of(request)));
        assertThat(retried.get(0).result().outcome()).isEqualTo(Outcome.REPEATED);
        assertThat(new String(kept.kept(request.key()).orElseThrow().body())).isEqualTo("{\"from\":\"other\"}");
        admin.assertLedgerMatchesBalances();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Call {
        Reply call(int i) throws Exception;
    }

    private static List<Reply> atOnce(int clients, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int n = i;
                futures.add(pool.submit((Callable<Reply>) () -> call.call(n)));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }

    private Actor admin(Brand brand) {
        UUID id = brands.jdbc().sql("select id from staff where login = :login")
                .param("login", brand.login("admin")).query(UUID.class).single();
        return new Actor(Actor.Kind.STAFF, id, brand.tenantId(), "admin", Role.HQ_ADMIN, ScopeType.BRAND,
                brand.tenantId());
    }

    private static HoldStock hold(Actor actor, String key, String reference, HoldLine... lines) {
        return new HoldStock(actor, reference, new HoldLines(List.of(lines)), Duration.ofSeconds(600),
                new IdempotencyKey(actor.tenantId(), actor.id(), key, "hash-of-" + key + "-" + reference));
    }

    private static HoldLine line(UUID sku, UUID location, long quantity) {
        return new HoldLine(sku, location, quantity);
    }

    private List<String> references(Brand brand) {
        return brands.jdbc().sql("select reference from stock_reservation where tenant_id = :t")
                .param("t", brand.tenantId()).query(String.class).list();
    }

    private List<String> keys(Brand brand) {
        return brands.jdbc().sql("select idem_key from idempotency_record where tenant_id = :t and idem_key like 'k%'")
                .param("t", brand.tenantId()).query(String.class).list();
    }
}
