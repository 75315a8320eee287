/*
 * OneShelf load driver: closed-loop HTTP load against a OneShelf server on this machine.
 *
 * Single-file Java 17 program, no dependencies (only the aged scenario, which sets its history up in SQL, needs the
 * PostgreSQL JDBC driver on the class path and --db-url; bench/run.sh passes both); run it from the repository
 * root with
 *
 *     java bench/LoadDriver.java --base-url http://127.0.0.1:8080 --scenario all
 *
 * or, normally, through bench/run.sh, which builds and starts a fresh server for it (see docs/benchmarks.md).
 *
 * How it measures: every client is one thread that sends a request over a keep-alive HTTP/1.1 connection
 * (a plain socket per client, see RawConnection; --http-client shared uses java.net.http instead), waits for
 * the whole answer, records the latency
 * (System.nanoTime, microsecond resolution) in its own histogram and sends the next one at once (closed
 * loop: no think time, no pacing). First the chosen scenarios run unrecorded for --prewarm seconds so the
 * server's JIT has compiled the hot paths; then each scenario runs --warmup seconds unrecorded and --duration
 * seconds recorded; a request counts in the window it completes in. Requests/s counts successful answers
 * only, so errors never inflate throughput. The reference scenario (me) runs first and again last, and
 * every scenario is reported as a ratio to it: absolute figures on a shared 2-core machine move from run to
 * run, ratios measured in the same run much less.
 *
 * Adding a scenario: write a class implementing Scenario (name, next request, optionally defaultClients,
 * setUp, ok and check) and add it to SCENARIOS below. See MeScenario for an authenticated read with an
 * invariant check, and ReserveHotScenario / ReserveSpreadScenario for writes (fixtures of their own for the
 * pre-warm, expected outcomes such as "409 out-of-stock", every answer counted for the check): writes on stock
 * extend StockWriteScenario and check with Holds; the order scenarios (issue 11) add the SellOut phase and their
 * Targets, and CartSubmitScenario's unit is two requests of a signed-in Customer (Scenario.exchange). EventsScenario
 * runs reserve-spread's load with a webhook receiver in this driver (WebhookReceiver, the JDK's HttpServer on
 * 127.0.0.1), samples the delivery backlog during the window (Scenario.measuring) and deletes its webhook
 * endpoint afterwards (Scenario.tearDown); the server must allow loopback webhook targets, which bench/run.sh
 * arranges when events is named.
 *
 * Exit codes: 0 all scenarios ran and their checks passed; 1 a check failed; 2 bad arguments;
 * 3 the server could not be reached or a scenario's set-up failed.
 */

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

public class LoadDriver {

    // ------------------------------------------------------------------------------------------------------
    // Scenarios
    // ------------------------------------------------------------------------------------------------------

    /**
     * One named load pattern. A fresh instance is made for every run, so set-up state can live in fields;
     * {@link #next} is called concurrently from all worker threads and must be thread-safe.
     */
    interface Scenario {
        String name();

        /** One line for --list and the report. */
        String about();

        /** Concurrency when --clients does not name one. */
        default int defaultClients() {
            return 64;
        }

        /** Before the set-up (of the pre-warm too): how many clients will run it, for fixtures per client. */
        default void willRun(int clients) {
        }

        /** Once, before the warm-up: sign in, create fixtures, read initial state for the check. */
        default void setUp(Api api) throws Exception {
        }

        /**
         * Instead of {@link #setUp} when this instance only serves the unrecorded server pre-warm (its check never
         * runs). Write scenarios give it fixtures of its own, so the pre-warm consumes nothing the measured run uses.
         */
        default void setUpPreWarm(Api api) throws Exception {
            setUp(api);
        }

        /** The request worker {@code worker} sends as its {@code seq}-th (0-based) request. */
        HttpRequest next(Api api, int worker, long seq);

        /**
         * One timed exchange of worker {@code worker}: by default the one request {@link #next} makes. A scenario
         * whose unit is several requests (cart-submit: add to the cart, then check out) sends them here, one after
         * the other, and answers the last one, or the first that failed marked with {@link Answer#at its step}.
         */
        default Answer exchange(Api api, Transport client, int worker, long seq) throws IOException,
                InterruptedException {
            return client.send(next(api, worker, seq), this);
        }

        /** Which answers count as success; anything else is an error, counted by status. */
        default boolean ok(int status) {
            return status >= 200 && status < 300;
        }

        /** Answers whose body the driver must read to name their outcome (see {@link #outcome}); others discarded. */
        default boolean readsBody(int status) {
            return false;
        }

        /** The name of an answer's outcome: its status code, or e.g. "409 out-of-stock" after reading the body. */
        default String outcome(int status, String body) {
            return Integer.toString(status);
        }

        /**
         * Outcomes that are neither success nor error, e.g. a clean "out of stock" once a flash sale sold out:
         * counted apart, not in requests/s and not as errors.
         */
        default boolean expected(String outcome) {
            return false;
        }

        /** Every answer, pre-warm, warm-up and after the window included, from all worker threads. */
        default void answered(int status, String outcome) {
        }

        /** After the run: the invariants that do not hold (empty = pass). Exceptions count as failures. */
        default List<String> check(Api api, Result result) throws Exception {
            return List.of();
        }

        /**
         * A scenario that times its own calls one after another instead of the closed loop (aged) does it here and
         * returns what it measured, marked {@link Result#sequential}; null (the default): the closed loop.
         */
        default Result measure(Api api) throws Exception {
            return null;
        }

        /**
         * Just before the workers of a measured run start: the window in System.nanoTime, for a scenario that samples
         * something of its own during it (events: the delivery backlog once a second).
         */
        default void measuring(long measureFrom, long stopAt) {
        }

        /**
         * After the check (or after the pre-warm, whose check never runs): undo what would disturb later scenarios,
         * e.g. a webhook endpoint the server would go on delivering to. A failure is reported, not fatal.
         */
        default void tearDown(Api api) throws Exception {
        }

        /**
         * The issue's speed targets for this scenario, judged against the other results of the same run
         * ({@code referenceRps}: the mean of {@link #REFERENCE}'s runs, 0 when it did not run); one line each,
         * reported, not checked (see {@link Targets}).
         */
        default List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return List.of();
        }
    }

    /** Scenarios in the order "all" runs them. */
    static final Map<String, Supplier<Scenario>> SCENARIOS = new LinkedHashMap<>();

    /**
     * Run by name only, not by "all": aged adds 10,000,000 movements to the server's ledger, so every scenario
     * after it would measure another server, and it takes a quarter of an hour; events needs a server that may
     * deliver webhooks to a loopback address (oneshelf.webhooks.allow-private-targets=true, which bench/run.sh
     * sets only when events is named), and a server started by hand would refuse its set-up.
     */
    static final java.util.Set<String> BY_NAME_ONLY = java.util.Set.of("aged", "events", "order-aged");

    static List<String> all() {
        return SCENARIOS.keySet().stream().filter(n -> !BY_NAME_ONLY.contains(n)).toList();
    }

    static {
        SCENARIOS.put("me", MeScenario::new);
        SCENARIOS.put("health", HealthScenario::new);
        SCENARIOS.put("me-256", MeCrowdScenario::new);
        SCENARIOS.put("reserve-hot", ReserveHotScenario::new);
        SCENARIOS.put("reserve-spread", ReserveSpreadScenario::new);
        SCENARIOS.put("events", EventsScenario::new);
        SCENARIOS.put("order-hot", OrderHotScenario::new);
        SCENARIOS.put("order-spread", OrderSpreadScenario::new);
        SCENARIOS.put("cart-submit", CartSubmitScenario::new);
        SCENARIOS.put("pay-notify", PayNotifyScenario::new);
        SCENARIOS.put("order-aged", OrderAgedScenario::new);
        SCENARIOS.put("flash-sale", FlashSaleScenario::new);
        SCENARIOS.put("quote", QuoteScenario::new);
        SCENARIOS.put("wallet-spend", () -> new WalletSpendScenario(false));
        SCENARIOS.put("wallet-spend-hot", () -> new WalletSpendScenario(true));
        SCENARIOS.put("pos-sale", PosSaleScenario::new);
        SCENARIOS.put("pos-sync", PosSyncScenario::new);
        SCENARIOS.put("group-join", GroupJoinScenario::new);
    }

    /*
     * Write scenarios with a unique Idempotency-Key per request: ReserveHotScenario, ReserveSpreadScenario below;
     * EventsScenario runs the latter's load with a webhook receiver.
     */

    /** Unique per driver run, for Idempotency-Key values that must not repeat across runs. */
    static final String RUN_ID = Long.toString(System.currentTimeMillis(), 36);

    /** The reference every other scenario is compared with (as a ratio of requests/s in the same run). */
    static final String REFERENCE = "me";

    /**
     * Unauthenticated baseline: no token, only the filter chain and Spring's health indicators (a
     * connection validity check against PostgreSQL, disk space).
     */
    static final class HealthScenario implements Scenario {
        private HttpRequest request;

        public String name() {
            return "health";
        }

        public String about() {
            return "GET /actuator/health, unauthenticated";
        }

        /** As many as the reference, so the two compare like for like. */
        public int defaultClients() {
            return 16;
        }

        public void setUp(Api api) {
            request = api.get("/actuator/health").build();
        }

        public HttpRequest next(Api api, int worker, long seq) {
            return request;
        }

        public List<String> check(Api api, Result result) throws Exception {
            List<String> failures = result.errorsMustBeZero();
            HttpResponse<String> after = api.send(api.get("/actuator/health").build());
            Object status = after.statusCode() == 200 ? Json.path(Json.parse(after.body()), "status") : null;
            if (!"UP".equals(status)) {
                failures.add("health after the run: HTTP " + after.statusCode() + " " + after.body());
            }
            return failures;
        }
    }

    /** The cheapest authenticated read: bearer token check plus one small DB query. */
    static final class MeScenario implements Scenario {
        private Session session;

        public String name() {
            return "me";
        }

        public String about() {
            return "GET /api/v1/me as admin@demo (bearer token, one small DB query)";
        }

        /** Enough to keep both cores busy; more only lengthens the queues (see docs/benchmarks.md). */
        public int defaultClients() {
            return 16;
        }

        public void setUp(Api api) throws Exception {
            session = api.login("admin@demo", "Demo@2026");
        }

        public HttpRequest next(Api api, int worker, long seq) {
            return api.get("/api/v1/me").header("Authorization", session.bearer()).build();
        }

        public List<String> check(Api api, Result result) throws Exception {
            List<String> failures = result.errorsMustBeZero();
            HttpResponse<String> after = api.send(
                    api.get("/api/v1/me").header("Authorization", session.bearer()).build());
            if (after.statusCode() != 200) {
                failures.add("GET /api/v1/me after the run: HTTP " + after.statusCode() + " " + after.body());
            } else if (!"admin@demo".equals(Json.path(Json.parse(after.body()), "login"))) {
                failures.add("GET /api/v1/me after the run answered someone else: " + after.body());
            }
            return failures;
        }
    }

    /**
     * The reference read with as many clients as the reservation scenarios: what latency the cheapest
     * authenticated request itself shows in a closed loop of 256 on this machine, i.e. the floor under any
     * write scenario's p99 at that concurrency.
     */
    static final class MeCrowdScenario implements Scenario {
        private final MeScenario me = new MeScenario();

        public String name() {
            return "me-256";
        }

        public String about() {
            return me.about() + ", with the reservation scenarios' 256 clients";
        }

        public int defaultClients() {
            return 256;
        }

        public void setUp(Api api) throws Exception {
            me.setUp(api);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            return me.next(api, worker, seq);
        }

        public List<String> check(Api api, Result result) throws Exception {
            return me.check(api, result);
        }
    }

    /**
     * What every write scenario on stock shares (reservations and orders): 201 is success; a clean 409 out-of-stock
     * is counted apart, expected where the scenario may sell out (a flash sale) and an error where nothing may run
     * out; every answer, warm-up included, is counted for the check ({@link #created}, {@link #soldOut}).
     */
    abstract static class StockWriteScenario implements Scenario {
        final LongAdder created = new LongAdder();
        final LongAdder soldOut = new LongAdder();

        /** Whether the stock may run out during the run, so that out-of-stock is expected rather than an error. */
        abstract boolean mayRunOut();

        public int defaultClients() {
            return 256;
        }

        public boolean ok(int status) {
            return status == 201;
        }

        public boolean readsBody(int status) {
            return status == 409;
        }

        public String outcome(int status, String body) {
            return Stock.outcome(status, body);
        }

        public boolean expected(String outcome) {
            return mayRunOut() && Stock.OUT_OF_STOCK.equals(outcome);
        }

        public void answered(int status, String outcome) {
            if (status == 201) {
                created.increment();
            } else if (Stock.OUT_OF_STOCK.equals(outcome)) {
                soldOut.increment();
            }
        }
    }

    /**
     * Flash sale: every client reserves 1 unit of ONE SKU at one location, made fresh at set-up with exactly
     * {@link #STOCK} on hand (one receipt). 201 is success; a clean 409 out-of-stock is expected once the stock
     * is gone (counted apart); anything else is an error. The check ({@link Holds#oneBalance}) compares every 201
     * this instance ever got (warm-up included) with the balance's reserved quantity. The pre-warm gets a SKU of its
     * own.
     */
    static final class ReserveHotScenario extends StockWriteScenario {
        /** 20,000 as issue 3 says; -Dbench.hot.stock=N changes it (e.g. small, to see the sell-out path). */
        static final long STOCK = Long.getLong("bench.hot.stock", 20_000);
        private final String tag = "hot" + Stock.INSTANCES.incrementAndGet();
        private Session session;
        private String skuId;
        private String locationId;
        private long stock;
        private double setUpSeconds;

        public String name() {
            return "reserve-hot";
        }

        public String about() {
            return "POST /api/v1/stock/reservations, 1 unit of ONE fresh SKU at one location (stock " + STOCK
                    + ", one receipt)";
        }

        boolean mayRunOut() {
            return true;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, STOCK);
        }

        /** A SKU of its own with far more stock than a pre-warm can reserve: the measured SKU stays untouched. */
        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, StockRequestsLimit.MAX_QUANTITY);
        }

        private void fixture(Api api, long quantity) throws Exception {
            long began = System.nanoTime();
            session = api.login("admin@demo", "Demo@2026");
            skuId = Stock.skus(api, session, tag, 1, Stock.TILL)[0];
            Map<?, ?> location = Stock.locations(api, session, 1).get(0);
            locationId = (String) location.get("placeId");
            stock = quantity;
            Map<?, ?> b = Holds.freshBalance(api, session, skuId, locationId, quantity);
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: SKU %s at %s (%s), %,d on hand, safety stock %d, %.1f s%n", name(),
                    skuId, location.get("code"), location.get("kind"), quantity, Stock.num(b, "safetyStock"),
                    setUpSeconds);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            return Stock.reserve(api, session, "bench-" + RUN_ID + "-" + tag + "-" + worker + "-" + seq, skuId,
                    locationId);
        }

        public List<String> check(Api api, Result result) throws Exception {
            result.facts.put("setUpSeconds", setUpSeconds);
            List<String> failures = Holds.oneBalance(api, session, result, "reservations", skuId, locationId, stock,
                    created.sum(), soldOut.sum());
            Stock.reconcile(api, session, result, failures);
            return failures;
        }
    }

    /**
     * Reservations of 1 unit spread over many SKUs x 3 locations (default 10,000 SKUs: 25 products of 20 x 20
     * variants; -Dbench.spread.skus=N scales it, in whole products of up to 400), each balance received
     * {@link #STOCK} so none runs out; every request picks a random SKU x location. Set-up receipts run in
     * parallel. The check ({@link Holds#spread}) sums the reserved quantities of all the fixture's balances against
     * every 201 this instance got. The pre-warm gets a small fixture of its own (100 SKUs x 3 locations).
     */
    static final class ReserveSpreadScenario extends StockWriteScenario {
        static final long STOCK = 1_000;
        static final int LOCATIONS = 3;
        /** The scenario this load runs for, in the set-up log: reserve-spread, or events, which reuses it. */
        private final String shownAs;
        final String tag;
        private Session session;
        private String[] skuIds;
        private List<String> locationIds;
        private long stock;
        private double setUpSeconds;
        private double receiptSeconds;

        ReserveSpreadScenario() {
            this("reserve-spread", "spread");
        }

        ReserveSpreadScenario(String shownAs, String tagBase) {
            this.shownAs = shownAs;
            this.tag = tagBase + Stock.INSTANCES.incrementAndGet();
        }

        public String name() {
            return "reserve-spread";
        }

        public String about() {
            return "POST /api/v1/stock/reservations, 1 unit of a random SKU x location of " + skus() + " SKUs x "
                    + LOCATIONS + " locations (" + STOCK + " each)";
        }

        static int skus() {
            return Math.max(1, Integer.getInteger("bench.spread.skus", 10_000));
        }

        /** Nothing may run out here: even out-of-stock is an error. */
        boolean mayRunOut() {
            return false;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, skus(), STOCK);
        }

        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, 100, 100_000);
        }

        void fixture(Api api, int skuCount, long quantity) throws Exception {
            long began = System.nanoTime();
            session = api.login("admin@demo", "Demo@2026");
            skuIds = Stock.skus(api, session, tag, skuCount, Stock.TILL);
            List<Map<?, ?>> places = Stock.locations(api, session, LOCATIONS);
            locationIds = places.stream().map(m -> (String) m.get("placeId")).toList();
            stock = quantity;
            double productSeconds = (System.nanoTime() - began) / 1e9;
            receiptSeconds = Stock.receiveAll(api, session, skuIds, locationIds, quantity);
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            int n = skuIds.length * locationIds.size();
            log.printf(Locale.ROOT, "   %s set-up: %,d SKUs x %d locations (%s), %,d receipts of %,d with %d parallel"
                            + " requests: products %.1f s, receipts %.1f s (%.0f/s), %.1f s in all%n", shownAs,
                    skuIds.length, locationIds.size(), String.join(", ", places.stream()
                            .map(m -> m.get("code") + " safety " + m.get("safetyStock")).toList()), n, quantity,
                    Stock.SETUP_THREADS, productSeconds, receiptSeconds, n / receiptSeconds, setUpSeconds);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
            return Stock.reserve(api, session, reference(worker, seq), skuIds[r.nextInt(skuIds.length)],
                    locationIds.get(r.nextInt(locationIds.size())));
        }

        /** The reservation's reference (and Idempotency-Key): unique per run, instance, worker and request. */
        String reference(int worker, long seq) {
            return referencePrefix() + worker + "-" + seq;
        }

        /** What every reference of this instance starts with. */
        String referencePrefix() {
            return "bench-" + RUN_ID + "-" + tag + "-";
        }

        Session session() {
            return session;
        }

        public List<String> check(Api api, Result result) throws Exception {
            result.facts.put("setUpSeconds", setUpSeconds);
            result.facts.put("receiptSeconds", receiptSeconds);
            List<String> failures = Holds.spread(api, session, result, "reservations", skuIds, locationIds, stock,
                    created.sum(), soldOut.sum());
            Stock.reconcile(api, session, result, failures);
            return failures;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Events: the reservation load with its events pushed by webhook to a receiver in this driver
    // ------------------------------------------------------------------------------------------------------

    /**
     * reserve-spread's load (on a fixture of its own, 1,000 SKUs x 3 locations with 1,000,000 each, so nothing runs
     * out; -Dbench.events.skus=N) while a webhook endpoint, registered at set-up for the reservation event types,
     * points at a {@link WebhookReceiver} in this driver. Every 201 is a hold whose {@code inventory.reservation.held}
     * event the server must push to the receiver. Kafka (optional on the server) is not measured.
     *
     * <p>Figures, reported as facts: events delivered per second (this instance's held events first received in the
     * measured window, divided by its length); delivery lag = receipt time - the event's {@code occurredAt}, which
     * the server stamps when the hold is made, inside its transaction, milliseconds before the commit (the message
     * carries no commit time; driver and server read the same clock), p50/p99/max of the events first received in
     * the window, and the max over all of them (warm-up and drain included); the backlog, sampled once a second in
     * the window as holds answered 201 so far minus their events received so far (both counted from the warm-up
     * on). Backlog rule: "growing" when the mean of the last third of the samples exceeds the mean of the first
     * third by more than {@link #FLAT_SECONDS} s of the window's commit rate (the dispatcher and the delivery workers
     * poll once a second, so a backlog that keeps up still wobbles by about a second's worth), else "flat"; a
     * growing backlog fails the check, since the issue says it must not grow.
     *
     * <p>Check, after waiting up to 60 s (-Dbench.events.drain=S) for the receiver to have every held event: the
     * spread load's own (no errors, balances, reconciliation); (a) the event feed, read from its end at set-up, holds
     * exactly one held event per reference answered 201 and none for a reference of this instance that was not;
     * (b) every one of those events reached the receiver (deduplicated by webhook-id; duplicates are counted, not
     * failed: delivery is at least once), and every delivery had webhook-id = the body's id and a valid Standard
     * Webhooks signature under the endpoint's secret. Tear-down deletes the endpoint (and its deliveries).
     */
    static final class EventsScenario implements Scenario {
        static final String HELD = "inventory.reservation.held";
        /** The endpoint's types: every reservation event (only held ones happen during a run). */
        static final List<String> TYPES = List.of(HELD, "inventory.reservation.confirmed",
                "inventory.reservation.released", "inventory.reservation.expired");
        /** How many seconds of commits the backlog's last third may exceed its first third by and still be flat. */
        static final double FLAT_SECONDS = 2;
        private final ReserveSpreadScenario load = new ReserveSpreadScenario("events", "events");
        /** The references of every hold answered 201 (warm-up included). */
        private final java.util.Set<String> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** The reference a worker thread is sending now: next() and answered() run on the same thread. */
        private final ThreadLocal<String> sending = new ThreadLocal<>();
        private WebhookReceiver receiver;
        private String endpointId;
        private String feedFrom;
        private long measureFrom;
        private long stopAt;
        /** Index k: k seconds after the window opened. */
        private long[] committedAt;
        private long[] backlogAt;
        private volatile int samples;
        private Thread sampler;

        public String name() {
            return "events";
        }

        public String about() {
            return "reserve-spread's POST /api/v1/stock/reservations on " + skus() + " SKUs x "
                    + ReserveSpreadScenario.LOCATIONS + " locations, each hold's " + HELD + " event pushed by webhook"
                    + " to a receiver in the driver: delivered/s, lag, backlog (Kafka not measured)";
        }

        static int skus() {
            return Math.max(1, Integer.getInteger("bench.events.skus", 1_000));
        }

        public int defaultClients() {
            return 256;
        }

        public void setUp(Api api) throws Exception {
            load.fixture(api, skus(), StockRequestsLimit.MAX_QUANTITY);
            listen(api);
            long began = System.nanoTime();
            long[] skipped = {0};
            feedFrom = Feed.end(api, load.session(), HELD, skipped);
            log.printf(Locale.ROOT, "   events set-up: the feed's held events end at %s (%,d paged past in %.1f s)%n",
                    feedFrom, skipped[0], (System.nanoTime() - began) / 1e9);
        }

        /** Deliveries warm up too: a small fixture and a receiver and endpoint of its own, deleted after. */
        public void setUpPreWarm(Api api) throws Exception {
            load.fixture(api, 100, 100_000);
            listen(api);
        }

        private void listen(Api api) throws Exception {
            receiver = WebhookReceiver.start(load.referencePrefix());
            String body = "{\"url\":" + Json.quote(receiver.url()) + ",\"eventTypes\":[" + String.join(",",
                    TYPES.stream().map(Json::quote).toList()) + "],\"description\":" + Json.quote("bench " + load.tag)
                    + "}";
            HttpResponse<String> r = api.send(api.postJson("/api/v1/webhook-endpoints", body, Stock.key("webhook"))
                    .header("Authorization", load.session().bearer()).build());
            if (r.statusCode() == 400 && r.body().contains("url")) {
                throw new IllegalStateException("the server refuses the receiver's loopback URL " + receiver.url()
                        + ": start it with --oneshelf.webhooks.allow-private-targets=true (bench/run.sh does when"
                        + " events is named): " + r.body());
            }
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/webhook-endpoints: HTTP " + r.statusCode() + " " + r.body());
            }
            Object endpoint = Json.parse(r.body());
            endpointId = (String) Json.path(endpoint, "id");
            receiver.secret((String) Json.path(endpoint, "secret"));
            log.printf(Locale.ROOT, "   events set-up: receiver at %s, webhook endpoint %s for %s%n", receiver.url(),
                    endpointId, String.join(", ", TYPES));
        }

        public HttpRequest next(Api api, int worker, long seq) {
            sending.set(load.reference(worker, seq));
            return load.next(api, worker, seq);
        }

        public boolean ok(int status) {
            return load.ok(status);
        }

        public boolean readsBody(int status) {
            return load.readsBody(status);
        }

        public String outcome(int status, String body) {
            return load.outcome(status, body);
        }

        public void answered(int status, String outcome) {
            load.answered(status, outcome);
            if (status == 201) {
                held.add(sending.get());
            }
        }

        public void measuring(long from, long to) {
            measureFrom = from;
            stopAt = to;
            int n = (int) Math.max(1, Math.round((to - from) / 1e9));
            committedAt = new long[n + 1];
            backlogAt = new long[n + 1];
            sampler = new Thread(() -> {
                for (int k = 0; k <= n; k++) {
                    long wait = from + k * 1_000_000_000L - System.nanoTime();
                    if (wait > 0) {
                        try {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    long committed = held.size();
                    committedAt[k] = committed;
                    backlogAt[k] = committed - receiver.ours();
                    samples = k + 1;
                }
            }, "events-backlog");
            sampler.setDaemon(true);
            sampler.start();
        }

        public List<String> check(Api api, Result result) throws Exception {
            if (sampler != null) {
                sampler.join(5_000);
            }
            long drainFrom = System.nanoTime();
            long drainBy = drainFrom + Duration.ofSeconds(Long.getLong("bench.events.drain", 60)).toNanos();
            long lastLog = drainFrom;
            while (receiver.ours() < held.size() && System.nanoTime() - drainBy < 0) {
                Thread.sleep(100);
                if (System.nanoTime() - lastLog > 5_000_000_000L) {
                    lastLog = System.nanoTime();
                    log.printf(Locale.ROOT, "   events: %,d of %,d held events received, %.0f s after the load%n",
                            receiver.ours(), held.size(), (lastLog - drainFrom) / 1e9);
                }
            }
            result.facts.put("drainSeconds", (System.nanoTime() - drainFrom) / 1e9);
            List<String> failures = new ArrayList<>(load.check(api, result));
            delivery(result);
            backlog(result, failures);
            feedAndReceipts(api, result, failures);
            return failures;
        }

        /** Delivered/s and lag, from the receiver's first receipts of this instance's held events. */
        private void delivery(Result result) {
            Histogram window = new Histogram();
            Histogram all = new Histogram();
            long deliveries = 0;
            for (WebhookReceiver.Received r : receiver.byId.values()) {
                if (!receiver.ours(r)) {
                    continue;
                }
                deliveries += r.times.get();
                long lag = Math.max(0, Duration.between(r.occurredAt, r.firstAt).toNanos() / 1_000);
                all.record(lag);
                if (r.firstNanos - measureFrom >= 0 && r.firstNanos - stopAt < 0) {
                    window.record(lag);
                }
            }
            result.facts.put("eventsDeliveredPerSecond", window.total / result.seconds);
            result.facts.put("lagFrom", "occurredAt (stamped as the hold is made, in its transaction, before the"
                    + " commit) to receipt");
            result.facts.put("lagMsP50", window.quantile(0.50) / 1e3);
            result.facts.put("lagMsP99", window.quantile(0.99) / 1e3);
            result.facts.put("lagMsMax", window.max / 1e3);
            result.facts.put("lagMsMaxWithWarmupAndDrain", all.max / 1e3);
            result.facts.put("heldAnswered201", (long) held.size());
            result.facts.put("heldEventsReceived", all.total);
            result.facts.put("deliveriesReceived", deliveries);
            result.facts.put("duplicates", deliveries - all.total);
            result.facts.put("otherDeliveries", receiver.deliveries.sum() - deliveries);
        }

        /** The backlog samples: first third against last third (rule in the class comment). */
        private void backlog(Result result, List<String> failures) {
            int n = samples - 1;
            if (n < 3) {
                result.facts.put("backlog", "not judged: fewer than 3 one-second samples");
                return;
            }
            int third = n / 3;
            double first = 0;
            double last = 0;
            long max = Long.MIN_VALUE;
            StringBuilder each = new StringBuilder();
            for (int k = 1; k <= n; k++) {
                first += k <= third ? backlogAt[k] : 0;
                last += k > n - third ? backlogAt[k] : 0;
                max = Math.max(max, backlogAt[k]);
                each.append(k == 1 ? "" : ", ").append(backlogAt[k]);
            }
            first /= third;
            last /= third;
            double rate = (committedAt[n] - committedAt[0]) / (double) n;
            boolean growing = last > first + FLAT_SECONDS * rate;
            result.facts.put("backlogFirstThirdMean", first);
            result.facts.put("backlogLastThirdMean", last);
            result.facts.put("backlogMax", max);
            result.facts.put("backlogAtClose", backlogAt[n]);
            result.facts.put("backlog", growing ? "growing" : "flat");
            result.notes.add(String.format(Locale.ROOT, "   backlog each second (held 201s so far - their events"
                    + " received): %s%n   rule: growing if the last third's mean %.0f > the first third's %.0f + %.0f s"
                    + " x %.0f commits/s = %.0f: %s", each, last, first, FLAT_SECONDS, rate, first + FLAT_SECONDS * rate,
                    growing ? "GROWING" : "flat"));
            if (growing) {
                failures.add(String.format(Locale.ROOT, "the delivery backlog grew over the window: last third's mean"
                        + " %.0f > first third's %.0f + %.0f s of commits (%.0f/s)", last, first, FLAT_SECONDS, rate));
            }
        }

        /** (a) one held event per 201 in the feed, none else of ours; (b) each received, and received well. */
        private void feedAndReceipts(Api api, Result result, List<String> failures) throws Exception {
            String prefix = load.referencePrefix();
            Map<String, List<String>> events = new HashMap<>();
            long[] read = {0};
            Feed.each(api, load.session(), feedFrom, HELD, item -> {
                read[0]++;
                if (Json.path(item, "data", "reference") instanceof String ref && ref.startsWith(prefix)) {
                    events.computeIfAbsent(ref, k -> new ArrayList<>()).add((String) Json.path(item, "id"));
                }
            });
            long inFeed = events.values().stream().mapToLong(List::size).sum();
            result.facts.put("heldEventsInFeed", inFeed);
            List<String> missing = held.stream().filter(ref -> !events.containsKey(ref)).toList();
            List<String> twice = events.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .map(e -> e.getKey() + " " + e.getValue()).toList();
            List<String> unanswered = events.keySet().stream().filter(ref -> !held.contains(ref)).toList();
            if (!missing.isEmpty()) {
                failures.add(missing.size() + " of " + held.size() + " holds answered 201 have no " + HELD
                        + " event in the feed, e.g. " + missing.get(0));
            }
            if (!twice.isEmpty()) {
                failures.add(twice.size() + " holds have more than one " + HELD + " event, e.g. " + twice.get(0));
            }
            if (!unanswered.isEmpty()) {
                failures.add(unanswered.size() + " " + HELD + " events for references no 201 answered, e.g. "
                        + unanswered.get(0));
            }
            List<String> notReceived = events.values().stream().flatMap(List::stream)
                    .filter(id -> !receiver.byId.containsKey(id)).toList();
            result.facts.put("heldEventsNotReceived", (long) notReceived.size());
            if (!notReceived.isEmpty()) {
                failures.add(notReceived.size() + " of " + inFeed + " held events never reached the receiver ("
                        + "waited " + fmt((Double) result.facts.get("drainSeconds"), 0) + " s after the load), e.g. "
                        + notReceived.get(0));
            }
            long problems = receiver.problemCount.sum();
            result.facts.put("receiverProblems", problems);
            if (problems > 0) {
                failures.add(problems + " deliveries were malformed or badly signed, e.g. " + receiver.problems.peek());
            }
        }

        public void tearDown(Api api) throws Exception {
            try {
                if (endpointId != null) {
                    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/webhook-endpoints/"
                                    + endpointId)).timeout(api.timeout).DELETE()
                            .header("Authorization", load.session().bearer()).build());
                    if (r.statusCode() != 204) {
                        throw new IllegalStateException("DELETE /api/v1/webhook-endpoints/" + endpointId + ": HTTP "
                                + r.statusCode() + " " + r.body());
                    }
                    endpointId = null;
                }
            } finally {
                if (receiver != null) {
                    receiver.stop();
                }
            }
        }
    }

    /**
     * A webhook receiver in the driver: the JDK's HTTP server on 127.0.0.1 (a free port), which answers every POST
     * 200 at once and then records it: the webhook-id header, when it arrived (System.nanoTime and wall clock), and
     * the body's id, type, occurredAt and data.reference. It also checks webhook-id = the body's id and the Standard
     * Webhooks signature (v1 = Base64(HMAC-SHA256(secret, id.timestamp.body))), counting what is wrong.
     */
    static final class WebhookReceiver {
        /** What arrived under one webhook-id: the first receipt, and how often it came. */
        record Received(String type, String reference, java.time.Instant occurredAt, long firstNanos,
                        java.time.Instant firstAt, java.util.concurrent.atomic.AtomicInteger times) {
        }

        final java.util.concurrent.ConcurrentHashMap<String, Received> byId = new java.util.concurrent.ConcurrentHashMap<>();
        /** Every delivery, repeats and other instances' events included. */
        final LongAdder deliveries = new LongAdder();
        final LongAdder problemCount = new LongAdder();
        final java.util.Queue<String> problems = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final java.util.concurrent.atomic.AtomicLong ours = new java.util.concurrent.atomic.AtomicLong();
        private final String prefix;
        private final com.sun.net.httpserver.HttpServer server;
        private final java.util.concurrent.ExecutorService pool;
        private final java.util.concurrent.CountDownLatch keyKnown = new java.util.concurrent.CountDownLatch(1);
        private volatile byte[] key;
        private final ThreadLocal<javax.crypto.Mac> macs = new ThreadLocal<>();

        private WebhookReceiver(String prefix) throws IOException {
            this.prefix = prefix;
            server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
            // a thread per connection the server's delivery workers may hold open (oneshelf.webhooks.workers, at
            // most 64 here), so that a send never waits for a receiver thread
            pool = java.util.concurrent.Executors.newFixedThreadPool(64, r -> {
                Thread t = new Thread(r, "webhook-receiver");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(pool);
            server.createContext("/", this::handle);
        }

        /** A receiver for the held events whose reference starts with {@code prefix}, listening. */
        static WebhookReceiver start(String prefix) throws IOException {
            WebhookReceiver r = new WebhookReceiver(prefix);
            r.server.start();
            return r;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
        }

        /** The endpoint's signing secret, whsec_ + Base64 of the key. */
        void secret(String secret) {
            key = java.util.Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1));
            keyKnown.countDown();
        }

        /** Distinct held events of this instance received so far. */
        long ours() {
            return ours.get();
        }

        boolean ours(Received r) {
            return EventsScenario.HELD.equals(r.type) && r.reference != null && r.reference.startsWith(prefix);
        }

        void stop() {
            server.stop(0);
            pool.shutdownNow();
        }

        private void handle(com.sun.net.httpserver.HttpExchange x) {
            long nanos = System.nanoTime();
            java.time.Instant at = java.time.Instant.now();
            try {
                byte[] body = x.getRequestBody().readAllBytes();
                var headers = x.getRequestHeaders();
                boolean post = x.getRequestMethod().equals("POST");
                x.sendResponseHeaders(post ? 200 : 405, -1);
                x.close();
                if (!post) {
                    problem(x.getRequestMethod() + " instead of POST");
                    return;
                }
                record(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), new String(body, StandardCharsets.UTF_8), nanos, at);
            } catch (IOException | RuntimeException e) {
                problem("receiving: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                x.close();
            }
        }

        private void record(String id, String timestamp, String signature, String body, long nanos,
                            java.time.Instant at) throws InterruptedException {
            deliveries.increment();
            if (id == null || timestamp == null || signature == null) {
                problem("a delivery without webhook-id, webhook-timestamp or webhook-signature");
                return;
            }
            Object event = Json.parse(body);
            if (!id.equals(Json.path(event, "id"))) {
                problem("webhook-id " + id + " but body id " + Json.path(event, "id"));
            }
            if (!signed(id, timestamp, signature, body)) {
                problem("webhook " + id + ": no signature matches (" + signature + ")");
            }
            Received r = new Received((String) Json.path(event, "type"),
                    Json.path(event, "data", "reference") instanceof String ref ? ref : null,
                    java.time.Instant.parse((String) Json.path(event, "occurredAt")), nanos, at,
                    new java.util.concurrent.atomic.AtomicInteger(1));
            Received before = byId.putIfAbsent(id, r);
            if (before != null) {
                before.times.incrementAndGet();
            } else if (ours(r)) {
                ours.incrementAndGet();
            }
        }

        private boolean signed(String id, String timestamp, String signature, String body) throws InterruptedException {
            if (!keyKnown.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                return false; // a delivery before the endpoint's answer arrived, and that answer never did
            }
            try {
                javax.crypto.Mac mac = macs.get();
                if (mac == null) {
                    mac = javax.crypto.Mac.getInstance("HmacSHA256");
                    mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
                    macs.set(mac);
                }
                String expected = "v1," + java.util.Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return Arrays.asList(signature.split(" ")).contains(expected);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private void problem(String what) {
            problemCount.increment();
            if (problems.size() < 10) {
                problems.add(what);
            }
        }
    }

    /** The event feed, GET /api/v1/events, paged with its cursor (200 a page, the most it gives). */
    static final class Feed {
        /** The cursor after the last event of {@code types} now; {@code counted[0]} gets how many were paged past. */
        static String end(Api api, Session s, String types, long[] counted) throws Exception {
            String cursor = null;
            while (true) {
                Object page = page(api, s, cursor, types);
                int n = ((List<?>) Json.path(page, "items")).size();
                cursor = (String) Json.path(page, "nextCursor");
                if (n == 0) {
                    return cursor;
                }
                counted[0] += n;
            }
        }

        /** Every event of {@code types} after {@code from}, oldest first. */
        static void each(Api api, Session s, String from, String types,
                         java.util.function.Consumer<Object> item) throws Exception {
            String cursor = from;
            while (true) {
                Object page = page(api, s, cursor, types);
                List<?> items = (List<?>) Json.path(page, "items");
                if (items.isEmpty()) {
                    return;
                }
                items.forEach(item);
                cursor = (String) Json.path(page, "nextCursor");
            }
        }

        private static Object page(Api api, Session s, String after, String types) throws Exception {
            return Stock.call(api, s, api.get("/api/v1/events?limit=200&types=" + types
                    + (after == null ? "" : "&after=" + java.net.URLEncoder.encode(after, StandardCharsets.UTF_8))), 200);
        }
    }

    /** Limits of the stock API the fixtures respect (StockRequests.MAX_QUANTITY on the server). */
    static final class StockRequestsLimit {
        static final long MAX_QUANTITY = 1_000_000;
    }

    /** Fixtures and checks for the stock scenarios, through the API (control client, not measured). */
    static final class Stock {
        static final String OUT_OF_STOCK = "409 out-of-stock";
        static final java.util.concurrent.atomic.AtomicInteger INSTANCES = new java.util.concurrent.atomic.AtomicInteger();
        private static final java.util.concurrent.atomic.AtomicLong KEYS = new java.util.concurrent.atomic.AtomicLong();

        static String key(String what) {
            return "bench-" + RUN_ID + "-" + what + "-" + KEYS.incrementAndGet();
        }

        /** Sends a set-up/check call as {@code s}; the parsed answer, or an exception unless the status is {@code want}. */
        static Object call(Api api, Session s, HttpRequest.Builder request, int want) throws Exception {
            HttpResponse<String> r = api.send(request.header("Authorization", s.bearer()).build());
            if (r.statusCode() != want) {
                throw new IllegalStateException(request.build().method() + " " + request.build().uri().getPath()
                        + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return Json.parse(r.body());
        }

        static long num(Map<?, ?> m, String key) {
            Object v = m.get(key);
            if (!(v instanceof BigDecimal d)) {
                throw new IllegalStateException("no number " + key + " in " + m);
            }
            return d.longValueExact();
        }

        static String category(Api api, Session s, String tag) throws Exception {
            String code = ("B" + RUN_ID + "-" + tag);
            Object c = call(api, s, api.postJson("/api/v1/categories", "{\"code\":" + Json.quote(code)
                    + ",\"name\":" + Json.quote("Bench " + tag) + "}", key("category")), 201);
            return (String) Json.path(c, "id");
        }

        /** Sold at the till only (the reservation scenarios' SKUs). */
        static final String TILL = "[\"POS\"]";
        /** Sold in the online mall too (the order scenarios' SKUs: the shop's cart takes them). */
        static final String ONLINE = "[\"ONLINE_MALL\",\"POS\"]";
        /** Parallel set-up requests (receipts, prices). */
        static final int SETUP_THREADS = 32;

        /**
         * {@code count} fresh SKUs under a new category, in products of up to 400 variants (20 x 20 spec values; 400
         * is the server's maximum per product, 30 values per attribute), sold in {@code channels}; their ids.
         */
        static String[] skus(Api api, Session s, String tag, int count, String channels) throws Exception {
            String category = category(api, s, tag);
            List<String> skus = new ArrayList<>();
            for (int p = 0; skus.size() < count; p++) {
                int want = Math.min(400, count - skus.size());
                int a = Math.min(20, want);
                skus.addAll(product(api, s, category, tag + "-P" + p, a, (want + a - 1) / a, channels));
            }
            return skus.subList(0, count).toArray(String[]::new);
        }

        /** Receives {@code quantity} of every SKU at every place, {@link #SETUP_THREADS} at a time; the seconds taken. */
        static double receiveAll(Api api, Session s, String[] skus, List<String> places, long quantity)
                throws Exception {
            long began = System.nanoTime();
            parallel(SETUP_THREADS, skus.length * places.size(),
                    i -> receive(api, s, skus[i / places.size()], places.get(i % places.size()), quantity));
            return (System.nanoTime() - began) / 1e9;
        }

        /** A product with a x b variants (one attribute when b == 1); the ids of its SKUs. */
        static List<String> product(Api api, Session s, String category, String code, int a, int b, String channels)
                throws Exception {
            StringBuilder attrs = new StringBuilder("[").append(attribute("size", a));
            if (b > 1) {
                attrs.append(',').append(attribute("colour", b));
            }
            attrs.append(']');
            String body = "{\"code\":" + Json.quote(RUN_ID + "-" + code) + ",\"name\":" + Json.quote("Bench " + code)
                    + ",\"categoryId\":" + Json.quote(category) + ",\"unit\":\"pcs\",\"channels\":" + channels
                    + ",\"specAttributes\":" + attrs + "}";
            Object p = call(api, s, api.postJson("/api/v1/products", body, key("product")), 201);
            Object skus = Json.path(p, "skus");
            if (!(skus instanceof List<?> l) || l.size() != a * b) {
                p = call(api, s, api.get("/api/v1/products/" + Json.path(p, "id")), 200);
                skus = Json.path(p, "skus");
            }
            List<String> ids = new ArrayList<>();
            for (Object sku : (List<?>) skus) {
                ids.add((String) Json.path(sku, "id"));
            }
            if (ids.size() != a * b) {
                throw new IllegalStateException("product " + code + " has " + ids.size() + " SKUs, not " + a * b);
            }
            return ids;
        }

        private static String attribute(String name, int values) {
            StringBuilder v = new StringBuilder();
            for (int i = 0; i < values; i++) {
                v.append(i == 0 ? "" : ",").append("\"").append(name.charAt(0)).append(i).append("\"");
            }
            return "{\"name\":\"" + name + "\",\"values\":[" + v + "]}";
        }

        /** The first {@code n} stock locations the admin sees (placeId, code, kind, safetyStock …). */
        static List<Map<?, ?>> locations(Api api, Session s, int n) throws Exception {
            List<?> all = (List<?>) call(api, s, api.get("/api/v1/stock-locations"), 200);
            if (all.size() < n) {
                throw new IllegalStateException("need " + n + " stock locations, the admin sees " + all.size());
            }
            List<Map<?, ?>> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add((Map<?, ?>) all.get(i));
            }
            return out;
        }

        static void receive(Api api, Session s, String sku, String location, long quantity) throws Exception {
            call(api, s, api.postJson("/api/v1/stock/receipts", "{\"skuId\":" + Json.quote(sku) + ",\"locationId\":"
                    + Json.quote(location) + ",\"quantity\":" + quantity + "}", key("receipt")), 201);
        }

        /** A reservation of 1 unit that never expires during a run; the reference doubles as Idempotency-Key. */
        static HttpRequest reserve(Api api, Session s, String reference, String sku, String location) {
            return api.postJson("/api/v1/stock/reservations", "{\"reference\":" + Json.quote(reference)
                            + ",\"expiresInSeconds\":604800,\"lines\":[{\"skuId\":" + Json.quote(sku) + ",\"locationId\":"
                            + Json.quote(location) + ",\"quantity\":1}]}", reference)
                    .header("Authorization", s.bearer()).build();
        }

        /** "409 out-of-stock" for a clean out-of-stock problem, else the status code. */
        static String outcome(int status, String body) {
            if (status == 409) {
                try {
                    Object type = Json.path(Json.parse(body), "type");
                    if (type instanceof String t && t.endsWith("/out-of-stock")) {
                        return OUT_OF_STOCK;
                    }
                } catch (RuntimeException e) {
                    return "409 unreadable";
                }
                return "409 other";
            }
            return Integer.toString(status);
        }

        static Map<?, ?> balance(Api api, Session s, String sku, String location) throws Exception {
            Object page = call(api, s, api.get("/api/v1/stock/balances?skuId=" + sku + "&locationId=" + location), 200);
            List<?> items = (List<?>) Json.path(page, "items");
            if (items == null || items.size() != 1) {
                throw new IllegalStateException("expected one balance for " + sku + " at " + location + ": " + page);
            }
            return (Map<?, ?>) items.get(0);
        }

        /** Every balance the admin sees, page by page. */
        static List<Map<?, ?>> allBalances(Api api, Session s) throws Exception {
            List<Map<?, ?>> all = new ArrayList<>();
            String cursor = null;
            do {
                Object page = call(api, s, api.get("/api/v1/stock/balances?limit=200"
                        + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8))),
                        200);
                for (Object b : (List<?>) Json.path(page, "items")) {
                    all.add((Map<?, ?>) b);
                }
                cursor = (String) Json.path(page, "nextCursor");
            } while (cursor != null);
            return all;
        }

        /** Fails the check if the reconciliation lists any difference between balances and ledger. */
        static void reconcile(Api api, Session s, Result result, List<String> failures) throws Exception {
            Object r = call(api, s, api.get("/api/v1/stock/reconciliation"), 200);
            List<?> differences = (List<?>) Json.path(r, "differences");
            result.facts.put("reconciliationChecked", Json.path(r, "balancesChecked"));
            result.facts.put("reconciliationDifferences", differences == null ? -1 : differences.size());
            if (differences == null || !differences.isEmpty()) {
                failures.add("reconciliation lists differences: " + r);
            }
        }

        interface Task {
            void run(int i) throws Exception;
        }

        /** Runs task(0 … n-1) on {@code threads} threads; fails with the first exception. */
        static void parallel(int threads, int n, Task task) throws Exception {
            java.util.concurrent.atomic.AtomicInteger nextIndex = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicReference<Exception> failed = new java.util.concurrent.atomic.AtomicReference<>();
            List<Thread> pool = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread th = new Thread(() -> {
                    for (int i; failed.get() == null && (i = nextIndex.getAndIncrement()) < n; ) {
                        try {
                            task.run(i);
                        } catch (Exception e) {
                            failed.compareAndSet(null, e);
                        }
                    }
                }, "set-up-" + t);
                th.setDaemon(true);
                pool.add(th);
                th.start();
            }
            long began = System.nanoTime();
            long lastLog = began;
            for (Thread th : pool) {
                while (th.isAlive()) {
                    th.join(1000);
                    if (System.nanoTime() - lastLog > 10_000_000_000L) {
                        lastLog = System.nanoTime();
                        log.printf(Locale.ROOT, "   set-up: %,d of %,d after %.0f s%n", Math.min(n, nextIndex.get()), n,
                                (lastLog - began) / 1e9);
                    }
                }
            }
            if (failed.get() != null) {
                throw failed.get();
            }
        }
    }

    /**
     * The invariant checks every write scenario on stock shares, reservations and orders alike: what the stock
     * balances hold after a run against what the driver was answered (each 201 holds exactly one unit).
     */
    static final class Holds {
        /** Receives {@code quantity} of a fresh SKU at the place and checks that the balance starts there. */
        static Map<?, ?> freshBalance(Api api, Session s, String sku, String place, long quantity) throws Exception {
            Stock.receive(api, s, sku, place, quantity);
            Map<?, ?> b = Stock.balance(api, s, sku, place);
            if (Stock.num(b, "onHand") != quantity || Stock.num(b, "reserved") != 0) {
                throw new IllegalStateException("fresh SKU's balance is not " + quantity + " on hand, 0 held: " + b);
            }
            return b;
        }

        /**
         * A flash sale on one balance received {@code stock} once: no error; {@code made} (every 201, warm-up
         * included) never more than the stock less safety, and exactly what the balance holds; on hand still the
         * stock; available = stock - held - safety >= 0; once out-of-stock came back ({@code refused} > 0), all of
         * it sold and nothing available (zero oversell, then clean 409s). The failures, in a list to add to.
         */
        static List<String> oneBalance(Api api, Session s, Result result, String what, String sku, String place,
                                       long stock, long made, long refused) throws Exception {
            List<String> failures = new ArrayList<>();
            if (result.errors > 0) {
                failures.add(result.errors + " request(s) failed: " + result.errorsByOutcome);
            }
            if (result.ok == 0 && refused == 0) {
                failures.add("no " + what + " succeeded in the measured window");
            }
            Map<?, ?> b = Stock.balance(api, s, sku, place);
            long onHand = Stock.num(b, "onHand");
            long held = Stock.num(b, "reserved");
            long available = Stock.num(b, "available");
            long safety = Stock.num(b, "safetyStock");
            result.facts.put("stock", stock);
            result.facts.put("safetyStock", safety);
            result.facts.put("created201Total", made);
            result.facts.put("outOfStock409Total", refused);
            result.facts.put("soldOut", refused > 0 ? "yes" : "no");
            result.facts.put("balanceOnHand", onHand);
            result.facts.put("balanceReserved", held);
            result.facts.put("balanceAvailable", available);
            if (made > stock - safety) {
                failures.add("oversold: " + made + " " + what + " succeeded, stock was " + stock + " (safety " + safety
                        + ")");
            }
            if (held != made) {
                failures.add("balance holds " + held + " != " + made + " " + what + " answered 201");
            }
            if (onHand != stock) {
                failures.add("on hand " + onHand + " != " + stock + " received");
            }
            if (available != stock - held - safety || available < 0) {
                failures.add("available " + available + " != on hand " + stock + " - held " + held + " - safety "
                        + safety + " (or < 0)");
            }
            if (refused > 0 && (made != stock - safety || available != 0)) {
                failures.add(refused + " out-of-stock answers after " + made + " of " + (stock - safety) + " sold, "
                        + available + " still available");
            }
            return failures;
        }

        /**
         * Load spread over {@code skus} x {@code places}, each received {@code stock}, none of which may run out: no
         * error at all (not even out-of-stock); every fixture balance found, on hand the stock, available = on hand
         * - held - safety >= 0; the sum held over them = {@code made}, the units this instance was answered 201 for
         * (warm-up included). The failures, in a list to add to.
         */
        static List<String> spread(Api api, Session s, Result result, String what, String[] skus, List<String> places,
                                   long stock, long made, long refused) throws Exception {
            List<String> failures = result.errorsMustBeZero();
            java.util.Set<String> mine = java.util.Set.of(skus);
            java.util.Set<String> at = java.util.Set.copyOf(places);
            long held = 0;
            long balances = 0;
            long touched = 0;
            long maxHeld = 0;
            List<String> wrong = new ArrayList<>();
            for (Map<?, ?> b : Stock.allBalances(api, s)) {
                if (!mine.contains(b.get("skuId")) || !at.contains(b.get("locationId"))) {
                    continue;
                }
                balances++;
                long r = Stock.num(b, "reserved");
                held += r;
                touched += r > 0 ? 1 : 0;
                maxHeld = Math.max(maxHeld, r);
                long onHand = Stock.num(b, "onHand");
                long available = Stock.num(b, "available");
                if (onHand != stock || available != onHand - r - Stock.num(b, "safetyStock") || available < 0) {
                    wrong.add(b.toString());
                }
            }
            result.facts.put("skus", skus.length);
            result.facts.put("locations", places.size());
            result.facts.put("stockEach", stock);
            result.facts.put("created201Total", made);
            result.facts.put("outOfStock409Total", refused);
            result.facts.put("balances", balances);
            result.facts.put("balancesTouched", touched);
            result.facts.put("maxReservedOnOneBalance", maxHeld);
            result.facts.put("reservedSum", held);
            if (balances != (long) skus.length * places.size()) {
                failures.add(balances + " fixture balances found, " + skus.length * places.size() + " expected");
            }
            if (held != made) {
                failures.add("held over the fixture's balances " + held + " != " + made + " units of " + what
                        + " answered 201");
            }
            if (!wrong.isEmpty()) {
                failures.add(wrong.size() + " balance(s) with on hand != " + stock
                        + " or available != on hand - held - safety, e.g. " + wrong.get(0));
            }
            return failures;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Catalog search: one shared catalog of 100,000 SKUs; a scenario per kind of query and one mixing them
    // ------------------------------------------------------------------------------------------------------

    static {
        // Registered here, beside the search scenarios, so that the list above stays as it is.
        for (SearchKind kind : SearchKind.values()) {
            SCENARIOS.put(kind.scenario, () -> new SearchScenario(kind));
        }
    }

    /** What a search scenario asks for. MIX picks one of the others at random for every request. */
    enum SearchKind {
        MIX("search", "products/barcodes: a random kind of the search-* queries per request"),
        NAME1("search-1char", "GET /api/v1/products?q=<1 Chinese character>, e.g. 茶 (a third of the products), 榴"),
        NAME2("search-2char", "GET /api/v1/products?q=<2 Chinese characters>, e.g. 奶茶, 龙井, 火锅 (none)"),
        NAME3("search-3char", "GET /api/v1/products?q=<3-4 Chinese characters>, e.g. 珍珠奶茶, 提拉米苏"),
        CODE("search-code", "GET /api/v1/products?q=<code fragment>: S0123 (10 products), S012 (100), a SKU code"),
        BARCODE("search-barcode", "GET /api/v1/products?q=<the EAN-13 of one SKU>"),
        SCAN("search-scan", "GET /api/v1/barcodes/<EAN-13> (a till scanning one SKU)"),
        CATEGORY("search-category", "GET /api/v1/products?categoryId=<category, with its subtree>&status=<none,"
                + " ON_SHELF or DRAFT>");

        static final String[] ONE = {"茶", "杯", "莓", "芒", "桂", "榴", "酥", "豆"};
        static final String[] TWO = {"奶茶", "蛋糕", "芝士", "龙井", "吐司", "榛果", "杨梅", "乌龙", "火锅"};
        static final String[] THREE = {"珍珠奶茶", "西湖龙井", "提拉米苏", "芒果芝士", "保温杯", "铁观音", "千层蛋糕",
                "肉松小贝", "大红袍"};
        static final String[] STATUSES = {null, "ON_SHELF", "DRAFT"};

        final String scenario;
        final String about;

        SearchKind(String scenario, String about) {
            this.scenario = scenario;
            this.about = about;
        }
    }

    /**
     * Reads only, so every request of every client may be anything; all of them run against the one {@link
     * SearchCatalog} of the run, made at the first set-up (the pre-warm's when there is one). The check pages
     * through the answers of this kind's queries, limited to the fixture's category tree, and compares them with
     * what the driver knows it created.
     */
    static final class SearchScenario implements Scenario {
        private final SearchKind kind;
        private SearchCatalog catalog;

        SearchScenario(SearchKind kind) {
            this.kind = kind;
        }

        public String name() {
            return kind.scenario;
        }

        public String about() {
            return kind.about + "; catalog of " + String.format(Locale.ROOT, "%,d", SearchCatalog.skus()) + " SKUs";
        }

        /** As many as the reference, so that the ratio compares like with like. */
        public int defaultClients() {
            return 16;
        }

        public void setUp(Api api) throws Exception {
            catalog = SearchCatalog.shared(api);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            return catalog.request(api, kind);
        }

        public List<String> check(Api api, Result result) throws Exception {
            List<String> failures = result.errorsMustBeZero();
            catalog.check(api, kind, result.facts, failures);
            return failures;
        }
    }

    /**
     * The search fixture: categories 检索基准 > 饮品, 烘焙, 茶叶, 周边 > 9 leaves, and products of 3 or 4 SKUs with
     * Chinese names made of word lists (milk and fruit teas, coffee, cakes, bread, loose tea, cups, clothes) and
     * spec values (杯型, 温度, 尺寸, 规格, 颜色 …), -Dbench.search.skus=N SKUs in all (default 100,000), each SKU with
     * an EAN-13 of its own. Every 8th product is put on shelf (a list price on each SKU, then on-shelf), the rest
     * stay drafts. Made through the public API (POST /api/v1/products with explicit SKUs and barcodes, 32 in
     * parallel) once per driver run, and shared by every search scenario. The names come from a seeded random,
     * so the catalog is the same in every run; the driver keeps it, to know what each query must find.
     */
    static final class SearchCatalog {
        static final int SETUP_THREADS = 32;
        static final int ON_SHELF_EVERY = 8;
        static final long SEED = 20_261_122L;
        private static SearchCatalog shared;

        /** A leaf category and how its products are named and varied. */
        record Family(String leaf, String leafName, String group, int weight, String unit, String[] prefixes,
                      String[] cores, String[] suffixes, String[][] attributes) {

            int variants() {
                int n = 1;
                for (String[] a : attributes) {
                    n *= a.length - 1;
                }
                return n;
            }
        }

        static final String[][] GROUPS = {{"DRINK", "饮品"}, {"BAKE", "烘焙"}, {"TEA", "茶叶"}, {"MERCH", "周边"}};
        static final String[] NONE = {""};
        static final Family[] FAMILIES = {
                new Family("MILKTEA", "奶茶", "DRINK", 20, "杯",
                        new String[]{"", "", "招牌", "经典", "厚乳", "黑糖", "桂花", "生椰", "芋泥", "焦糖", "海盐", "香草",
                                "榛果", "红豆", "椰果", "布蕾"},
                        new String[]{"珍珠奶茶", "奶茶", "鲜奶茶", "奶绿", "波波奶茶", "布丁奶茶", "奶盖红茶", "乌龙奶茶",
                                "茉莉奶绿", "阿萨姆奶茶"}, NONE,
                        new String[][]{{"杯型", "中杯", "大杯"}, {"温度", "冰", "热"}}),
                new Family("FRUITTEA", "果茶", "DRINK", 15, "杯",
                        new String[]{"", "", "满杯", "多肉", "超级", "手打", "鲜榨"},
                        new String[]{"芒果", "草莓", "葡萄", "西柚", "柠檬", "百香果", "荔枝", "水蜜桃", "青提", "杨梅",
                                "凤梨", "橙子", "蓝莓", "樱桃", "牛油果", "椰子"},
                        new String[]{"果茶", "绿茶", "乌龙", "冰沙", "气泡水", "茉莉", "四季春", "养乐多"},
                        new String[][]{{"杯型", "中杯", "大杯"}, {"甜度", "少糖", "标准糖"}}),
                new Family("COFFEE", "咖啡", "DRINK", 10, "杯",
                        new String[]{"", "", "燕麦", "生椰", "榛果", "焦糖", "香草", "桂花", "海盐", "厚乳", "丝绒"},
                        new String[]{"拿铁", "美式", "卡布奇诺", "摩卡", "澳白", "冷萃", "玛奇朵", "馥芮白"}, NONE,
                        new String[][]{{"杯型", "中杯", "大杯", "超大杯"}}),
                new Family("CAKE", "蛋糕", "BAKE", 15, "个",
                        new String[]{"草莓", "芒果", "抹茶", "巧克力", "芝士", "红丝绒", "榴莲", "黑森林", "栗子", "奥利奥",
                                "蓝莓", "椰子", "提拉米苏", "百香果", "香草"},
                        new String[]{"千层蛋糕", "慕斯蛋糕", "奶油蛋糕", "生日蛋糕", "戚风蛋糕", "蛋糕卷", "芝士蛋糕",
                                "半熟芝士", "雪媚娘"}, NONE,
                        new String[][]{{"尺寸", "4寸", "6寸", "8寸", "10寸"}}),
                new Family("BREAD", "面包", "BAKE", 10, "个",
                        new String[]{"全麦", "黄油", "红豆", "肉松", "芝士", "奶酥", "核桃", "蔓越莓", "紫米", "椰蓉", "火腿",
                                "巧克力", "牛角"},
                        new String[]{"吐司", "可颂", "贝果", "欧包", "餐包", "菠萝包", "小贝", "碱水结", "软欧包", "手撕包"},
                        NONE, new String[][]{{"规格", "单个", "2个装", "4个装"}}),
                new Family("GREEN", "绿茶", "TEA", 10, "罐",
                        new String[]{"", "明前", "雨前", "特级", "一级", "高山", "有机", "新茶"},
                        new String[]{"西湖龙井", "碧螺春", "黄山毛峰", "六安瓜片", "信阳毛尖", "安吉白茶", "太平猴魁", "竹叶青",
                                "都匀毛尖"},
                        new String[]{"", "", "礼盒", "罐装", "袋装"},
                        new String[][]{{"规格", "50g", "100g", "250g", "500g"}}),
                new Family("OOLONG", "红茶与乌龙", "TEA", 10, "罐",
                        new String[]{"", "特级", "一级", "高山", "陈年", "老枞", "古树"},
                        new String[]{"正山小种", "祁门红茶", "滇红", "金骏眉", "铁观音", "大红袍", "凤凰单丛", "普洱熟茶",
                                "普洱生茶", "白毫银针", "白牡丹", "寿眉", "东方美人"},
                        new String[]{"", "", "礼盒", "罐装", "饼"},
                        new String[][]{{"规格", "100g", "250g", "500g"}}),
                new Family("CUPS", "杯具", "MERCH", 5, "个",
                        new String[]{"熊猫", "樱花", "星空", "国潮", "故宫联名", "限定", "简约", "复古", "猫爪", "小熊"},
                        new String[]{"马克杯", "保温杯", "玻璃杯", "随行杯", "吸管杯", "陶瓷杯", "茶杯套装"}, NONE,
                        new String[][]{{"颜色", "白色", "黑色", "粉色", "蓝色"}}),
                new Family("WEAR", "服饰", "MERCH", 5, "件",
                        new String[]{"熊猫", "樱花", "国潮", "限定", "联名", "刺绣", "印花", "纯棉"},
                        new String[]{"T恤", "卫衣", "帆布袋", "棒球帽", "围裙", "钥匙扣", "手机壳"}, NONE,
                        new String[][]{{"颜色", "黑色", "白色"}, {"尺码", "M", "L"}}),
        };

        /** One product as created: what the server must find it by. */
        record Item(String code, String name, int family, boolean onShelf, List<String> skuNames, int firstSku) {
        }

        final Session session;
        final String rootId;
        /** Category id by code (ROOT, the groups, the leaves), and which leaves each category covers. */
        final Map<String, String> categoryIds = new LinkedHashMap<>();
        final Map<String, java.util.Set<String>> leavesUnder = new LinkedHashMap<>();
        final List<String> categoryList;
        final List<Item> items = new ArrayList<>();
        final String barcodeStem;
        int skuCount;
        double setUpSeconds;

        static int skus() {
            return Math.max(4, Integer.getInteger("bench.search.skus", 100_000));
        }

        static synchronized SearchCatalog shared(Api api) throws Exception {
            if (shared == null) {
                shared = new SearchCatalog(api);
            }
            return shared;
        }

        private SearchCatalog(Api api) throws Exception {
            long began = System.nanoTime();
            session = api.login("admin@demo", "Demo@2026");
            // EAN-13 in the in-store range 2xx (the demo data uses 69x): 2, three digits of the run, the SKU's number.
            barcodeStem = "2" + String.format(Locale.ROOT, "%03d", Long.parseLong(RUN_ID, 36) % 1000);
            rootId = category(api, "ROOT", "检索基准", null);
            for (String[] g : GROUPS) {
                category(api, g[0], g[1], rootId);
            }
            for (Family f : FAMILIES) {
                category(api, f.leaf, f.leafName, categoryIds.get(f.group));
                leavesUnder.put(f.leaf, java.util.Set.of(f.leaf));
                leavesUnder.computeIfAbsent(f.group, k -> new java.util.HashSet<>()).add(f.leaf);
                leavesUnder.computeIfAbsent("ROOT", k -> new java.util.HashSet<>()).add(f.leaf);
            }
            categoryList = List.copyOf(categoryIds.values());
            generate();
            long productsFrom = System.nanoTime();
            Stock.parallel(SETUP_THREADS, items.size(), i -> create(api, items.get(i)));
            double productSeconds = (System.nanoTime() - productsFrom) / 1e9;
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   search set-up: %,d products, %,d SKUs with a barcode each, %,d on shelf, %d"
                            + " categories, %d parallel requests: %.1f s (%.0f products/s), %.1f s in all%n", items.size(),
                    skuCount, items.stream().filter(Item::onShelf).count(), categoryIds.size(), SETUP_THREADS,
                    productSeconds, items.size() / productSeconds, setUpSeconds);
        }

        private String category(Api api, String code, String name, String parent) throws Exception {
            Object c = Stock.call(api, session, api.postJson("/api/v1/categories", "{\"code\":"
                    + Json.quote("Q" + RUN_ID + "-" + code) + ",\"name\":" + Json.quote(name)
                    + (parent == null ? "" : ",\"parentId\":" + Json.quote(parent)) + "}", Stock.key("category")), 201);
            String id = (String) Json.path(c, "id");
            categoryIds.put(code, id);
            return id;
        }

        /** The products, from the seeded random: the same catalog in every run. */
        private void generate() {
            java.util.Random r = new java.util.Random(SEED);
            int total = 0;
            for (Family f : FAMILIES) {
                total += f.weight;
            }
            int target = skus();
            while (skuCount < target) {
                int pick = r.nextInt(total);
                int fi = 0;
                while (pick >= FAMILIES[fi].weight) {
                    pick -= FAMILIES[fi++].weight;
                }
                Family f = FAMILIES[fi];
                String name = pickFrom(r, f.prefixes) + pickFrom(r, f.cores) + pickFrom(r, f.suffixes);
                int n = items.size();
                List<String> skuNames = new ArrayList<>();
                for (List<String> values : combinations(attributes(f, target - skuCount))) {
                    skuNames.add(name + " " + String.join(" ", values));
                }
                items.add(new Item(RUN_ID + "-S" + String.format(Locale.ROOT, "%05d", n), name, fi,
                        n % ON_SHELF_EVERY == 0, skuNames, skuCount));
                skuCount += skuNames.size();
            }
        }

        private static String pickFrom(java.util.Random r, String[] words) {
            return words[r.nextInt(words.length)];
        }

        /** The family's spec attributes; for the last product, fewer values so that the count comes out exact. */
        static String[][] attributes(Family f, int left) {
            if (f.variants() <= left) {
                return f.attributes;
            }
            String[] first = f.attributes[0];
            return new String[][]{Arrays.copyOf(first, Math.min(first.length, left + 1))};
        }

        static List<List<String>> combinations(String[][] attributes) {
            List<List<String>> out = new ArrayList<>();
            out.add(List.of());
            for (String[] a : attributes) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> partial : out) {
                    for (int v = 1; v < a.length; v++) {
                        List<String> c = new ArrayList<>(partial);
                        c.add(a[v]);
                        next.add(c);
                    }
                }
                out = next;
            }
            return out;
        }

        String barcode(int sku) {
            String payload = barcodeStem + String.format(Locale.ROOT, "%08d", sku);
            int sum = 0;
            for (int i = 0; i < payload.length(); i++) {
                int digit = payload.charAt(payload.length() - 1 - i) - '0';
                sum += i % 2 == 0 ? 3 * digit : digit;
            }
            return payload + (10 - sum % 10) % 10;
        }

        /** POST /api/v1/products with one explicit SKU per combination and its barcode; on shelf if its turn. */
        private void create(Api api, Item item) throws Exception {
            Family f = FAMILIES[item.family];
            String[][] attributes = attributes(f, item.skuNames.size());
            StringBuilder attrs = new StringBuilder();
            for (String[] a : attributes) {
                attrs.append(attrs.length() == 0 ? "" : ",").append("{\"name\":").append(Json.quote(a[0]))
                        .append(",\"values\":[").append(String.join(",", Arrays.stream(a, 1, a.length).map(Json::quote)
                                .toList())).append("]}");
            }
            StringBuilder skus = new StringBuilder();
            List<List<String>> combos = combinations(attributes);
            for (int k = 0; k < combos.size(); k++) {
                StringBuilder specs = new StringBuilder();
                for (int a = 0; a < attributes.length; a++) {
                    specs.append(a == 0 ? "" : ",").append(Json.quote(attributes[a][0])).append(':')
                            .append(Json.quote(combos.get(k).get(a)));
                }
                skus.append(k == 0 ? "" : ",").append("{\"specs\":{").append(specs).append("},\"barcodes\":[\"")
                        .append(barcode(item.firstSku + k)).append("\"]}");
            }
            String body = "{\"code\":" + Json.quote(item.code) + ",\"name\":" + Json.quote(item.name)
                    + ",\"categoryId\":" + Json.quote(categoryIds.get(f.leaf)) + ",\"unit\":" + Json.quote(f.unit)
                    + ",\"channels\":[\"POS\",\"ONLINE_MALL\"],\"specAttributes\":[" + attrs + "],\"skus\":[" + skus
                    + "]}";
            Object p = Stock.call(api, session, api.postJson("/api/v1/products", body, Stock.key("product")), 201);
            if (!item.onShelf) {
                return;
            }
            for (Object sku : (List<?>) Json.path(p, "skus")) {
                Stock.call(api, session, HttpRequest.newBuilder(api.uri("/api/v1/skus/" + Json.path(sku, "id")
                                + "/prices")).timeout(api.timeout).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"prices\":[{\"kind\":\"LIST\",\"priceFen\":"
                                + (1200 + 100 * (item.firstSku % 30)) + "}]}")), 200);
            }
            Stock.call(api, session, api.postJson("/api/v1/products/" + Json.path(p, "id") + "/on-shelf", "",
                    Stock.key("on-shelf")), 200);
        }

        // -- the load --------------------------------------------------------------------------------------

        HttpRequest request(Api api, SearchKind kind) {
            java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
            if (kind == SearchKind.MIX) {
                kind = SearchKind.values()[1 + r.nextInt(SearchKind.values().length - 1)];
            }
            String path = switch (kind) {
                case NAME1 -> products("q=" + enc(SearchKind.ONE[r.nextInt(SearchKind.ONE.length)]));
                case NAME2 -> products("q=" + enc(SearchKind.TWO[r.nextInt(SearchKind.TWO.length)]));
                case NAME3 -> products("q=" + enc(SearchKind.THREE[r.nextInt(SearchKind.THREE.length)]));
                case CODE -> products("q=" + enc(codeQuery(r)));
                case BARCODE -> products("q=" + barcode(r.nextInt(skuCount)));
                case SCAN -> "/api/v1/barcodes/" + barcode(r.nextInt(skuCount));
                case CATEGORY -> {
                    String status = SearchKind.STATUSES[r.nextInt(SearchKind.STATUSES.length)];
                    yield products("categoryId=" + categoryList.get(r.nextInt(categoryList.size()))
                            + (status == null ? "" : "&status=" + status));
                }
                case MIX -> throw new IllegalStateException();
            };
            return api.get(path).header("Authorization", session.bearer()).build();
        }

        /** S + 4 digits (10 products), S + 3 digits (100), or one SKU's whole code. */
        private String codeQuery(java.util.concurrent.ThreadLocalRandom r) {
            int n = r.nextInt(items.size());
            String serial = String.format(Locale.ROOT, "%05d", n);
            return switch (r.nextInt(3)) {
                case 0 -> "S" + serial.substring(0, 4);
                case 1 -> "S" + serial.substring(0, 3);
                default -> items.get(n).code + "-" + (1 + r.nextInt(items.get(n).skuNames.size()));
            };
        }

        static String products(String query) {
            return "/api/v1/products?" + query;
        }

        static String enc(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        // -- the check -------------------------------------------------------------------------------------

        /** Compares what the kind's queries find within the fixture's tree with what the driver created. */
        void check(Api api, SearchKind kind, Map<String, Object> facts, List<String> failures) throws Exception {
            facts.put("setUpSeconds", setUpSeconds);
            facts.put("products", items.size());
            facts.put("skus", skuCount);
            List<String> fragments = new ArrayList<>();
            if (kind == SearchKind.MIX || kind == SearchKind.NAME1) {
                fragments.addAll(List.of(SearchKind.ONE));
            }
            if (kind == SearchKind.MIX || kind == SearchKind.NAME2) {
                fragments.addAll(List.of(SearchKind.TWO));
            }
            if (kind == SearchKind.MIX || kind == SearchKind.NAME3) {
                fragments.addAll(List.of(SearchKind.THREE));
            }
            if (kind == SearchKind.MIX || kind == SearchKind.CODE) {
                fragments.addAll(List.of("S0123", "S012", "s0999", items.get(items.size() / 3).code + "-2"));
            }
            for (String q : fragments) {
                java.util.Set<String> want = new java.util.TreeSet<>();
                for (Item item : items) {
                    if (matches(item, q)) {
                        want.add(item.code);
                    }
                }
                List<String> found = codes(api, "q=" + enc(q) + "&categoryId=" + rootId);
                facts.put("q=" + q, found.size() + " of " + items.size());
                same("q=" + q, want, found, failures);
            }
            if (kind == SearchKind.MIX || kind == SearchKind.BARCODE || kind == SearchKind.SCAN) {
                checkBarcodes(api, failures);
            }
            if (kind == SearchKind.MIX || kind == SearchKind.CATEGORY) {
                checkCategories(api, facts, failures);
            }
        }

        /** As the server's search: a contains-match on names and codes (case-blind), or exactly a barcode. */
        private boolean matches(Item item, String q) {
            String f = q.toLowerCase(Locale.ROOT);
            if (item.name.toLowerCase(Locale.ROOT).contains(f) || item.code.toLowerCase(Locale.ROOT).contains(f)) {
                return true;
            }
            for (int k = 0; k < item.skuNames.size(); k++) {
                if (item.skuNames.get(k).toLowerCase(Locale.ROOT).contains(f)
                        || (item.code + "-" + (k + 1)).toLowerCase(Locale.ROOT).contains(f)
                        || barcode(item.firstSku + k).equals(q)) {
                    return true;
                }
            }
            return false;
        }

        private void checkBarcodes(Api api, List<String> failures) throws Exception {
            for (int i = 0; i < 20; i++) {
                Item item = items.get((int) ((long) i * (items.size() - 1) / 19));
                int k = i % item.skuNames.size();
                String code = barcode(item.firstSku + k);
                Object scan = Stock.call(api, session, api.get("/api/v1/barcodes/" + code), 200);
                if (!(item.code + "-" + (k + 1)).equals(Json.path(scan, "skuCode"))) {
                    failures.add("barcode " + code + " scans as " + scan + ", not SKU " + item.code + "-" + (k + 1));
                }
                List<String> found = codes(api, "q=" + code);
                if (!found.equals(List.of(item.code))) {
                    failures.add("q=" + code + " (a barcode) found " + found + ", not exactly " + item.code);
                }
            }
        }

        private void checkCategories(Api api, Map<String, Object> facts, List<String> failures) throws Exception {
            for (Map.Entry<String, String> c : categoryIds.entrySet()) {
                java.util.Set<String> leaves = leavesUnder.get(c.getKey());
                // The whole tree unfiltered or as drafts would be most of the catalog: only its ON_SHELF part.
                for (String status : c.getKey().equals("ROOT") ? new String[]{"ON_SHELF"} : SearchKind.STATUSES) {
                    java.util.Set<String> want = new java.util.TreeSet<>();
                    for (Item item : items) {
                        if (leaves.contains(FAMILIES[item.family].leaf) && (status == null
                                || status.equals("ON_SHELF") == item.onShelf)) {
                            want.add(item.code);
                        }
                    }
                    String query = "categoryId=" + c.getValue() + (status == null ? "" : "&status=" + status);
                    List<String> found = codes(api, query);
                    facts.put("category " + c.getKey() + (status == null ? "" : " " + status), found.size());
                    same(query, want, found, failures);
                }
            }
        }

        /** The codes of every product a query finds, page by page (200 a page). */
        private List<String> codes(Api api, String query) throws Exception {
            List<String> codes = new ArrayList<>();
            String cursor = null;
            do {
                Object page = Stock.call(api, session, api.get(products(query + "&limit=200"
                        + (cursor == null ? "" : "&cursor=" + enc(cursor)))), 200);
                for (Object p : (List<?>) Json.path(page, "items")) {
                    codes.add((String) Json.path(p, "code"));
                }
                cursor = (String) Json.path(page, "nextCursor");
            } while (cursor != null);
            return codes;
        }

        private static void same(String query, java.util.Set<String> want, List<String> found, List<String> failures) {
            java.util.Set<String> got = new java.util.TreeSet<>(found);
            if (got.size() != found.size()) {
                failures.add(query + " listed a product twice");
            }
            if (!got.equals(want)) {
                java.util.Set<String> missing = new java.util.TreeSet<>(want);
                missing.removeAll(got);
                got.removeAll(want);
                failures.add(query + " found " + found.size() + " products, " + want.size() + " expected; missing "
                        + missing.stream().limit(5).toList() + ", extra " + got.stream().limit(5).toList());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // History at scale (issue 9): every inventory read and the audit log on the demo ledger, then on an aged
    // ledger of 10,000,000 movements, in the same run
    // ------------------------------------------------------------------------------------------------------

    static {
        SCENARIOS.put("aged", AgedScenario::new);
    }

    /**
     * Times every inventory read endpoint and the audit log one call after another (no concurrency): first on the
     * ledger as it is (the demo's, plus whatever earlier scenarios of the run added), then ages the ledger in SQL
     * to {@code -Dbench.aged.movements} movements in all (default 10,000,000) and the audit log to {@code
     * -Dbench.aged.audit} events (default 1,500,000), runs a full reconciliation verification, waits for it, and
     * times the same calls again. The check fails when a call's p50 on the aged ledger exceeds {@code
     * -Dbench.aged.maxRatio} (1.5) x its p50 on the demo ledger, when an answer is not 200 or is empty where it
     * must not be, and when a reconciliation or the verification finds differences.
     *
     * <p>The calls go round-robin, one round of every call after another, so that a change in the machine's other
     * load hits every call alike: {@code -Dbench.aged.warmup} unrecorded rounds (3), then {@code
     * -Dbench.aged.rounds} timed ones (21). A call whose first answer took longer than {@code -Dbench.aged.slowMs}
     * (2,000) is timed in the first 5 rounds only, so that a slow endpoint cannot hold the run up for an hour.
     *
     * <p>The ageing needs SQL ({@code --db-url}, see {@link Db}): the movements come in cancelling pairs, a
     * RECEIPT of q and an ADJUSTMENT of -q of the same SKU x location, so every balance stays the exact sum of its
     * ledger without touching stock_balance. In the server pre-warm this scenario sends a random one of its
     * calls per request, closed loop, so that the server's JIT has compiled these endpoints too.
     */
    static final class AgedScenario implements Scenario {
        static final long MOVEMENTS = Long.getLong("bench.aged.movements", 10_000_000);
        static final long AUDIT_EVENTS = Long.getLong("bench.aged.audit", 1_500_000);
        /** The demo baseline's audit history: about a year of one brand's settings changes, enough for full pages. */
        static final long DEMO_AUDIT_EVENTS = Long.getLong("bench.aged.demo-audit", 2_000);
        static final int WARMUP_ROUNDS = Integer.getInteger("bench.aged.warmup", 3);
        static final int ROUNDS = Math.max(1, Integer.getInteger("bench.aged.rounds", 21));
        static final int SLOW_ROUNDS = Math.min(5, ROUNDS);
        static final long SLOW_MS = Long.getLong("bench.aged.slowMs", 2_000);
        static final double MAX_RATIO = Double.parseDouble(System.getProperty("bench.aged.maxRatio", "1.5"));
        static final long VERIFY_TIMEOUT_S = Long.getLong("bench.aged.verifyTimeoutS", 3_600);

        enum Kind { LIST, RECONCILIATION, ONLINE }

        /** Where an empty list is a failure: never, on both ledgers, or on the aged one only (no history in the demo). */
        enum NonEmpty { NO, ALWAYS, AGED }

        /**
         * One timed call. {@code before}: a page from a year ago, every row must be older; {@code wider}: the
         * reconciliation without this one's filter, which must check more balances than this one.
         */
        record Call(String name, Session as, String path, Kind kind, NonEmpty nonEmpty, boolean newestFirst,
                    java.time.Instant before, Call wider) {

            HttpRequest request(Api api) {
                return api.get(path).header("Authorization", as.bearer()).build();
            }
        }

        /** What one call measured in one phase. */
        static final class Timing {
            final List<Long> micros = new ArrayList<>();
            /** Items of a list, balances checked by a reconciliation, places of online stock: the last answer's. */
            int size = -1;
            final java.util.Set<String> problems = new java.util.LinkedHashSet<>();

            long quantile(double q) {
                List<Long> sorted = micros.stream().sorted().toList();
                return sorted.isEmpty() ? -1 : sorted.get(Math.max(0, (int) Math.ceil(q * sorted.size()) - 1));
            }
        }

        private Api api;
        private Session admin;
        private Session manager;
        private String storeId;
        private String storeCode;
        private String skuId;
        private final List<Call> calls = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();

        public String name() {
            return "aged";
        }

        public String about() {
            return String.format(Locale.ROOT, "inventory reads and the audit log, one call at a time, on the demo ledger"
                    + " and again after ageing it to %,d movements and %,d audit events (SQL set-up, --db-url)",
                    MOVEMENTS, AUDIT_EVENTS);
        }

        /** Only for the pre-warm, where it runs closed loop; its measurement is sequential. */
        public int defaultClients() {
            return 16;
        }

        public void setUp(Api api) throws Exception {
            this.api = api;
            try (java.sql.Connection c = Db.connect()) {
                Db.count(c, "stock_movement"); // fails now, clearly, rather than after the demo timing
            }
            admin = api.login("admin@demo", "Demo@2026");
            manager = api.login("manager.jingan@demo", "Demo@2026");
            Map<?, ?> store = Stock.locations(api, manager, 1).get(0);
            storeId = (String) store.get("placeId");
            storeCode = (String) store.get("code");
            Object page = Stock.call(api, manager, api.get("/api/v1/stock/balances?limit=1&locationId=" + storeId), 200);
            skuId = (String) Json.path(page, "items", 0, "skuId");
            if (skuId == null) {
                throw new IllegalStateException("the store manager's store " + storeCode + " has no stock balance");
            }
            String yearAgo = "to=" + java.time.Instant.now().minus(Duration.ofDays(365)).truncatedTo(
                    java.time.temporal.ChronoUnit.SECONDS);
            java.time.Instant before = java.time.Instant.parse(yearAgo.substring(3));
            Call brand = add("reconciliation, brand", admin, "/api/v1/stock/reconciliation", Kind.RECONCILIATION,
                    NonEmpty.NO, false, null, null);
            add("reconciliation, store", admin, "/api/v1/stock/reconciliation?locationId=" + storeId,
                    Kind.RECONCILIATION, NonEmpty.NO, false, null, brand);
            add("reconciliation, SKU", admin, "/api/v1/stock/reconciliation?skuId=" + skuId, Kind.RECONCILIATION,
                    NonEmpty.NO, false, null, brand);
            Call own = add("manager: reconciliation", manager, "/api/v1/stock/reconciliation", Kind.RECONCILIATION,
                    NonEmpty.NO, false, null, null);
            add("manager: reconciliation, SKU", manager, "/api/v1/stock/reconciliation?skuId=" + skuId,
                    Kind.RECONCILIATION, NonEmpty.NO, false, null, own);
            String[][] filters = {{"", ""}, {", SKU", "skuId=" + skuId}, {", store", "locationId=" + storeId},
                    {", SKU x store", "skuId=" + skuId + "&locationId=" + storeId}};
            for (Session as : List.of(admin, manager)) {
                for (String[] f : filters) {
                    if (as == manager && f[0].contains("store")) {
                        continue; // the manager sees one store: the same as unfiltered
                    }
                    String who = as == manager ? "manager: " : "";
                    String path = "/api/v1/stock/movements?" + f[1];
                    add(who + "movements" + f[0], as, path, Kind.LIST, NonEmpty.ALWAYS, true, null, null);
                    add(who + "movements" + f[0] + ", a year ago", as, path + (f[1].isEmpty() ? "" : "&") + yearAgo,
                            Kind.LIST, NonEmpty.AGED, true, before, null);
                }
            }
            add("balances", admin, "/api/v1/stock/balances", Kind.LIST, NonEmpty.ALWAYS, false, null, null);
            add("low stock", admin, "/api/v1/stock/low-stock", Kind.LIST, NonEmpty.NO, false, null, null);
            add("low stock <= 30", admin, "/api/v1/stock/low-stock?threshold=30", Kind.LIST, NonEmpty.ALWAYS, false,
                    null, null);
            add("online stock", admin, "/api/v1/stock/online/" + skuId, Kind.ONLINE, NonEmpty.NO, false, null, null);
            add("audit log", admin, "/api/v1/audit-events", Kind.LIST, NonEmpty.AGED, true, null, null);
            add("audit log, a year ago", admin, "/api/v1/audit-events?" + yearAgo, Kind.LIST, NonEmpty.AGED, true,
                    before, null);
        }

        private Call add(String name, Session as, String path, Kind kind, NonEmpty nonEmpty, boolean newestFirst,
                         java.time.Instant before, Call wider) {
            Call c = new Call(name, as, path, kind, nonEmpty, newestFirst, before, wider);
            calls.add(c);
            return c;
        }

        public HttpRequest next(Api api, int worker, long seq) {
            return calls.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(calls.size())).request(api);
        }

        /** Bodies are read: the timing includes the whole answer, and the checks look into it. */
        public boolean readsBody(int status) {
            return true;
        }

        public Result measure(Api api) throws Exception {
            log.printf(Locale.ROOT, "%n== aged: %s%n   %d calls: %d warm-up rounds, %d timed rounds; store %s, SKU %s%n",
                    about(), calls.size(), WARMUP_ROUNDS, ROUNDS, storeCode, skuId);
            Map<String, Object> facts = new LinkedHashMap<>();
            long[] before;
            try (java.sql.Connection c = Db.connect()) {
                Ageing.seedAudit(c, DEMO_AUDIT_EVENTS);
                before = new long[]{Db.count(c, "stock_movement"), Db.count(c, "audit_event")};
            } catch (Ageing.Refused e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            facts.put("movementsDemo", before[0]);
            facts.put("auditEventsDemo", before[1]);
            log.printf(Locale.ROOT, "   the demo ledger: %,d movements, %,d audit events%n", before[0], before[1]);
            Map<Call, Timing> demo = time("demo ledger", false);

            try (java.sql.Connection c = Db.connect()) {
                Ageing.run(c, facts, MOVEMENTS, AUDIT_EVENTS);
                facts.put("movementsAged", Db.count(c, "stock_movement"));
                facts.put("auditEventsAged", Db.count(c, "audit_event"));
            } catch (Ageing.Refused | java.sql.SQLException e) {
                log.println("load driver: set-up of aged failed: " + e.getMessage());
                failures.add("ageing the ledger failed: " + e.getMessage());
                Result failed = new Result(name(), 1, 0);
                failed.sequential = true;
                failed.setUpFailed = true;
                failed.facts.putAll(facts);
                return failed;
            }
            verify(facts);
            long began = System.nanoTime();
            Map<Call, Timing> aged = time("aged ledger", true);
            Result timed = new Result(name(), 1, (System.nanoTime() - began) / 1e9);
            timed.sequential = true;
            timed.facts.putAll(facts);
            compare(demo, aged, timed);
            return timed;
        }

        /** Every call, round after round; the status of every answer and the content of every 200 checked. */
        private Map<Call, Timing> time(String phase, boolean aged) throws InterruptedException {
            Map<Call, Timing> timings = new LinkedHashMap<>();
            calls.forEach(c -> timings.put(c, new Timing()));
            java.util.Set<Call> slow = new java.util.HashSet<>();
            RawConnection connection = new RawConnection(api);
            long began = System.nanoTime();
            long lastLog = began;
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                int timedRound = round - WARMUP_ROUNDS;
                for (Call c : calls) {
                    if (slow.contains(c) && (timedRound < 0 ? round > 0 : timedRound >= SLOW_ROUNDS)) {
                        continue;
                    }
                    Timing t = timings.get(c);
                    long start = System.nanoTime();
                    Answer answer;
                    try {
                        answer = connection.send(c.request(api), this);
                    } catch (java.net.SocketTimeoutException e) {
                        t.problems.add("no answer within the --timeout");
                        continue;
                    } catch (IOException e) {
                        t.problems.add("no answer: " + e);
                        continue;
                    }
                    long micros = (System.nanoTime() - start) / 1_000;
                    if (round == 0 && micros > SLOW_MS * 1_000) {
                        slow.add(c);
                    }
                    if (answer.status() != 200) {
                        String body = answer.body() == null ? "" : answer.body();
                        t.problems.add("HTTP " + answer.status() + " " + body.substring(0, Math.min(200, body.length())));
                        continue;
                    }
                    if (timedRound >= 0) {
                        t.micros.add(micros);
                    }
                    examine(c, answer.body(), aged, timings);
                }
                if (System.nanoTime() - lastLog > 10_000_000_000L) {
                    lastLog = System.nanoTime();
                    log.printf(Locale.ROOT, "   %s: round %d of %d after %.0f s%n", phase, round + 1,
                            WARMUP_ROUNDS + ROUNDS, (lastLog - began) / 1e9);
                }
            }
            log.printf(Locale.ROOT, "   %s: %d rounds of %d calls in %.1f s%s%n", phase, WARMUP_ROUNDS + ROUNDS,
                    calls.size(), (System.nanoTime() - began) / 1e9, slow.isEmpty() ? ""
                            : "; timed " + SLOW_ROUNDS + " times only (first answer over " + SLOW_MS + " ms): "
                            + String.join(", ", slow.stream().map(Call::name).toList()));
            return timings;
        }

        /** What must hold of a 200: a list where one is due, newest first, from before a year ago, no differences. */
        private void examine(Call c, String body, boolean aged, Map<Call, Timing> timings) {
            Timing t = timings.get(c);
            Object doc;
            try {
                doc = Json.parse(body);
            } catch (RuntimeException e) {
                t.problems.add("answer is not JSON: " + e.getMessage());
                return;
            }
            switch (c.kind) {
                case LIST -> {
                    if (!(Json.path(doc, "items") instanceof List<?> items)) {
                        t.problems.add("answer has no items list");
                        return;
                    }
                    t.size = items.size();
                    if (items.isEmpty() && (c.nonEmpty == NonEmpty.ALWAYS || c.nonEmpty == NonEmpty.AGED && aged)) {
                        t.problems.add("empty list" + (aged ? " on the aged ledger" : ""));
                    }
                    String previous = null;
                    for (Object item : items) {
                        String id = String.valueOf(Json.path(item, "id"));
                        // canonical lower-case UUIDs compare as strings the way PostgreSQL orders them
                        if (c.newestFirst && previous != null && id.compareTo(previous) >= 0) {
                            t.problems.add("not newest first (" + previous + " before " + id + ")");
                            break;
                        }
                        previous = id;
                        Object at = Json.path(item, "occurredAt");
                        if (c.before != null && at instanceof String s
                                && !java.time.OffsetDateTime.parse(s).toInstant().isBefore(c.before)) {
                            t.problems.add("ignores to=" + c.before + ": lists a row of " + s);
                            break;
                        }
                    }
                }
                case RECONCILIATION -> {
                    Object checked = Json.path(doc, "balancesChecked");
                    Object differences = Json.path(doc, "differences");
                    if (!(checked instanceof BigDecimal n) || !(differences instanceof List<?> d)) {
                        t.problems.add("no balancesChecked and differences in " + abbreviate(body));
                        return;
                    }
                    t.size = n.intValue();
                    if (!d.isEmpty()) {
                        t.problems.add(d.size() + " difference(s), e.g. " + d.get(0));
                    }
                    Timing wider = c.wider == null ? null : timings.get(c.wider);
                    if (wider != null && wider.size > 0 && t.size >= wider.size) {
                        t.problems.add("checked " + t.size + " balances, as many as without the filter: ignores it?");
                    }
                }
                case ONLINE -> {
                    if (!(Json.path(doc, "onlineSellable") instanceof BigDecimal)
                            || !(Json.path(doc, "places") instanceof List<?> places)) {
                        t.problems.add("no onlineSellable and places in " + abbreviate(body));
                        return;
                    }
                    t.size = places.size();
                }
            }
        }

        private static String abbreviate(String s) {
            return s.length() <= 200 ? s : s.substring(0, 200) + "…";
        }

        /**
         * A full re-verification of the brand's ledger, waited for: afterwards the reconciliation reads only the
         * movements since its checkpoints. Its absence (404 on a server without it) is reported, not fatal.
         */
        private void verify(Map<String, Object> facts) throws Exception {
            String path = "/api/v1/stock/reconciliation/verifications";
            long began = System.nanoTime();
            HttpResponse<String> r = api.send(api.postJson(path, "{}", Stock.key("verification"))
                    .header("Authorization", admin.bearer()).build());
            if (r.statusCode() != 202) {
                facts.put("verification", "not run: POST " + path + " answered HTTP " + r.statusCode());
                failures.add("POST " + path + " answered HTTP " + r.statusCode() + " (202 expected): no full"
                        + " verification ran, so the aged reconciliation calls were timed without fresh checkpoints; "
                        + abbreviate(r.body()));
                log.printf(Locale.ROOT, "   verification: POST %s answered HTTP %d; timing without it%n", path,
                        r.statusCode());
                return;
            }
            Object v = Json.parse(r.body());
            String id = (String) Json.path(v, "id");
            long lastLog = System.nanoTime();
            while ("RUNNING".equals(Json.path(v, "status"))) {
                if (System.nanoTime() - began > VERIFY_TIMEOUT_S * 1_000_000_000L) {
                    failures.add("verification " + id + " still RUNNING after " + VERIFY_TIMEOUT_S + " s: " + v);
                    facts.put("verification", "still RUNNING after " + VERIFY_TIMEOUT_S + " s");
                    return;
                }
                Thread.sleep(1_000);
                HttpResponse<String> poll = api.send(api.get(path + "/" + id).header("Authorization", admin.bearer())
                        .build());
                if (poll.statusCode() != 200) {
                    failures.add("GET " + path + "/" + id + " answered HTTP " + poll.statusCode() + " while the"
                            + " verification ran: " + abbreviate(poll.body()));
                    facts.put("verification", "lost: HTTP " + poll.statusCode() + " while polling");
                    return;
                }
                v = Json.parse(poll.body());
                if (System.nanoTime() - lastLog > 10_000_000_000L) {
                    lastLog = System.nanoTime();
                    log.printf(Locale.ROOT, "   verification: %s of %s balances, %s movements read after %.0f s%n",
                            Json.path(v, "balancesDone"), Json.path(v, "balancesTotal"), Json.path(v, "movementsRead"),
                            (lastLog - began) / 1e9);
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            Object differences = Json.path(v, "differences");
            long found = differences instanceof BigDecimal d ? d.longValue()
                    : differences instanceof List<?> l ? l.size() : -1;
            facts.put("verificationStatus", String.valueOf(Json.path(v, "status")));
            facts.put("verificationSeconds", seconds);
            facts.put("verificationBalances", String.valueOf(Json.path(v, "balancesDone")));
            facts.put("verificationMovementsRead", String.valueOf(Json.path(v, "movementsRead")));
            facts.put("verificationDifferences", found);
            log.printf(Locale.ROOT, "   verification %s: %s in %.1f s, %s balances, %s movements read, %d differences%n",
                    id, Json.path(v, "status"), seconds, Json.path(v, "balancesDone"), Json.path(v, "movementsRead"),
                    found);
            if (!"DONE".equals(Json.path(v, "status"))) {
                failures.add("verification " + id + " ended as " + Json.path(v, "status") + ": " + v);
            }
            if (found != 0) {
                failures.add("the full verification found " + (found < 0 ? "an unreadable number of" : found)
                        + " differences: " + v);
            }
        }

        /** The table call | demo p50 | aged p50 | ratio, and the failures: ratios over the target, bad answers. */
        private void compare(Map<Call, Timing> demo, Map<Call, Timing> aged, Result result) {
            result.notes.add("");
            result.notes.add(String.format(Locale.ROOT, "aged: p50 of each call on the demo ledger (%,d movements) and"
                    + " the aged one (%,d), %d timed calls each", result.facts.get("movementsDemo"),
                    result.facts.get("movementsAged"), ROUNDS));
            result.notes.add("");
            result.notes.add("| call | demo p50 ms | aged p50 ms | ratio | target <= " + MAX_RATIO
                    + " | aged p90 / max ms | n | rows demo / aged | check |");
            result.notes.add("|---|--:|--:|--:|---|--:|--:|--:|---|");
            for (Call c : calls) {
                Timing d = demo.get(c);
                Timing a = aged.get(c);
                a.micros.forEach(result.latency::record);
                result.ok += a.micros.size();
                List<String> problems = new ArrayList<>();
                d.problems.forEach(p -> problems.add("demo: " + p));
                a.problems.forEach(p -> problems.add("aged: " + p));
                long dp50 = d.quantile(0.5);
                long ap50 = a.quantile(0.5);
                String ratio = "-";
                String target = "?";
                if (dp50 > 0 && ap50 > 0) {
                    double x = (double) ap50 / dp50;
                    ratio = fmt(x, 2);
                    target = x <= MAX_RATIO ? "yes" : "NO";
                    if (x > MAX_RATIO) {
                        problems.add(String.format(Locale.ROOT, "p50 %s ms on the aged ledger = %.2f x %s ms on the"
                                + " demo ledger (target <= %s)", ms(ap50), x, ms(dp50), MAX_RATIO));
                    }
                } else {
                    problems.add("no successful timed call on the " + (dp50 <= 0 ? "demo" : "aged") + " ledger");
                }
                result.errors += problems.isEmpty() ? 0 : 1;
                problems.forEach(p -> failures.add(c.name + ": " + p));
                result.facts.put("p50 " + c.name, String.format(Locale.ROOT, "demo %s ms, aged %s ms, ratio %s",
                        dp50 < 0 ? "-" : ms(dp50), ap50 < 0 ? "-" : ms(ap50), ratio));
                result.notes.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s / %s | %d | %s / %s | %s |",
                        c.name, dp50 < 0 ? "-" : ms(dp50), ap50 < 0 ? "-" : ms(ap50), ratio, target,
                        a.micros.isEmpty() ? "-" : ms(a.quantile(0.9)), a.micros.isEmpty() ? "-" : ms(a.quantile(1)),
                        a.micros.size(), d.size < 0 ? "-" : d.size, a.size < 0 ? "-" : a.size,
                        problems.isEmpty() ? "pass" : "FAIL"));
            }
            result.notes.add("");
            result.notes.add("(rows: items on the page; balances checked by a reconciliation; places of online stock)");
        }

        public List<String> check(Api api, Result result) {
            return failures;
        }
    }

    /**
     * The ageing of the aged scenario, in SQL: set-up only, never measured. Rows are made by INSERT … SELECT from
     * generate_series in chunks of {@code -Dbench.aged.chunk} rows (500,000), one transaction each, so it works on
     * a plain and on a partitioned stock_movement alike; then VACUUM ANALYZE, as autovacuum would eventually, so
     * the timing does not meet a half-vacuumed table or stale statistics.
     */
    static final class Ageing {
        static final int CHUNK = Math.max(2, Integer.getInteger("bench.aged.chunk", 500_000));
        /** About 13 months back, so that a page from a year ago finds rows; up to a day before the run. */
        static final Duration HISTORY = Duration.ofDays(395);
        static final String REFERENCE = "BENCH-AGED-" + RUN_ID;

        /** A set-up that cannot go on (e.g. no partition for an old month); the message says why. */
        static final class Refused extends Exception {
            Refused(String message) {
                super(message);
            }
        }

        /**
         * A UUIDv7 whose time is {@code ms} (a bigint SQL expression) and whose remaining bits hold a per-run salt
         * and {@code serial} (unique in the run): unique without a random source, and ordered by time.
         */
        static String uuid7(String ms, String serial, int salt) {
            return "encode(int8send((" + ms + " << 16) | " + (0x7000 | (salt & 0xFFF)) + ") || int8send(x'8000000000000000'"
                    + "::bigint | " + ((long) (salt >>> 12 & 0xFFFFF) << 40) + " | (" + serial + ")), 'hex')::uuid";
        }

        /**
         * Gives the demo brand an audit history of {@code total} events over the same year as the ageing, so that the
         * demo baseline lists full pages too (a fresh demo has next to none, and an empty page is not a baseline).
         */
        static void seedAudit(java.sql.Connection c, long total) throws java.sql.SQLException, Refused {
            c.setAutoCommit(true);
            String tenant = Db.one(c, "select id::text from tenant where code = 'demo'");
            if (tenant == null) {
                throw new Refused("no demo brand (tenant code 'demo') in the database");
            }
            long end = System.currentTimeMillis() - Duration.ofDays(1).toMillis();
            try {
                audit(c, tenant, total - Db.count(c, "audit_event"), end - HISTORY.toMillis(), end,
                        new java.util.Random().nextInt(), new LinkedHashMap<>());
            } finally {
                try (var s = c.createStatement()) {
                    s.execute("drop table if exists bench_aged_skus");
                    s.execute("analyze audit_event");
                }
            }
        }

        static void run(java.sql.Connection c, Map<String, Object> facts, long movements, long auditEvents)
                throws java.sql.SQLException, Refused {
            c.setAutoCommit(true);
            String tenant = Db.one(c, "select id::text from tenant where code = 'demo'");
            if (tenant == null) {
                throw new Refused("no demo brand (tenant code 'demo') in the database");
            }
            facts.put("stockMovementTable", Db.one(c, """
                    select case c.relkind when 'p' then 'partitioned, ' || (select count(*) from pg_inherits i
                           where i.inhparent = c.oid) || ' partitions' else 'plain table' end
                    from pg_class c where c.oid = 'stock_movement'::regclass"""));
            long end = System.currentTimeMillis() - Duration.ofDays(1).toMillis();
            long start = end - HISTORY.toMillis();
            int salt = new java.util.Random().nextInt();
            long inserted;
            try {
                inserted = movements(c, tenant, movements - Db.count(c, "stock_movement"), start, end, salt, facts);
            } finally {
                try (var s = c.createStatement()) {
                    s.execute("drop table if exists bench_aged_balances");
                }
            }
            long audit;
            try {
                audit = audit(c, tenant, auditEvents - Db.count(c, "audit_event"), start, end, salt, facts);
            } finally {
                try (var s = c.createStatement()) {
                    s.execute("drop table if exists bench_aged_skus");
                }
            }
            if (inserted > 0 || audit > 0) {
                long began = System.nanoTime();
                try (var s = c.createStatement()) {
                    s.execute("vacuum (analyze) stock_movement");
                    s.execute("vacuum (analyze) audit_event");
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                facts.put("vacuumAnalyzeSeconds", seconds);
                log.printf(Locale.ROOT, "   ageing: vacuum (analyze) of both tables %.1f s%n", seconds);
            }
        }

        /**
         * {@code rows} more movements (rounded down to pairs) over the demo's own balances (those of its opening
         * receipts; every balance of the brand if there are none), evenly back-dated over [start, end): pair k is a
         * RECEIPT of q = 1 + k % 50 at its time and an ADJUSTMENT of -q half a step later.
         */
        static long movements(java.sql.Connection c, String tenant, long rows, long start, long end, int salt,
                              Map<String, Object> facts) throws java.sql.SQLException, Refused {
            long pairs = Math.max(0, rows / 2);
            facts.put("movementsInserted", pairs * 2);
            if (pairs == 0) {
                log.println("   ageing: the ledger already holds enough movements");
                return 0;
            }
            double step = (double) (end - start) / pairs;
            // Which balances, once (the opening receipts are looked up in the small ledger before it grows), numbered
            // for a hash join: an element of a big array in every row would detoast the whole array every time.
            try (var s = c.prepareStatement("""
                    create temporary table bench_aged_balances on commit preserve rows as
                    select row_number() over (order by sku_id, location_id) - 1 as i, sku_id, location_id
                    from stock_balance
                    where tenant_id = ?::uuid
                      and (not exists (select from stock_movement where tenant_id = ?::uuid and reference = ?)
                           or (sku_id, location_id) in (select sku_id, location_id from stock_movement
                                                        where tenant_id = ?::uuid and reference = ?))""")) {
                s.setString(1, tenant);
                s.setString(2, tenant);
                s.setString(3, "DEMO-OPENING");
                s.setString(4, tenant);
                s.setString(5, "DEMO-OPENING");
                s.execute();
            }
            long balances = Db.count(c, "bench_aged_balances");
            facts.put("movementBalances", balances);
            log.printf(Locale.ROOT, "   ageing: %,d movements in pairs over %,d balances, %,d a transaction%n",
                    pairs * 2, balances, Math.min(pairs, CHUNK / 2) * 2);
            if (balances == 0) {
                throw new Refused("the demo brand has no stock balance to age");
            }
            String sql = """
                    insert into stock_movement (id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta,
                                                actor_id, actor_name, reason, reference, reservation_id, corrects_id,
                                                occurred_at)
                    select %s, ?::uuid, b.sku_id, b.location_id,
                           case leg when 0 then 'RECEIPT' else 'ADJUSTMENT' end,
                           case leg when 0 then 1 + k %% 50 else -(1 + k %% 50) end, 0, null, 'bench (aged ledger)',
                           case leg when 1 then 'bench: back-dated history' end, ?, null, null,
                           timestamptz 'epoch' + t.ms * interval '1 millisecond'
                    from generate_series(?::bigint, ?::bigint) k
                         join bench_aged_balances b on b.i = k * 2654435761 %% ?::bigint
                         cross join (values (0), (1)) l (leg)
                         cross join lateral (select ?::bigint + floor(k * ?::float8)::bigint + leg * ?::bigint as ms) t
                    """.formatted(uuid7("t.ms", "2 * k + leg", salt));
            long began = System.nanoTime();
            long lastLog = began;
            long done = 0;
            try (var s = c.prepareStatement(sql)) {
                for (long k = 0; k < pairs; k += CHUNK / 2) {
                    long last = Math.min(pairs, k + CHUNK / 2) - 1;
                    int i = 0;
                    s.setString(++i, tenant);
                    s.setString(++i, REFERENCE);
                    s.setLong(++i, k);
                    s.setLong(++i, last);
                    s.setLong(++i, balances);
                    s.setLong(++i, start);
                    s.setDouble(++i, step);
                    s.setLong(++i, Math.max(1, (long) (step / 2)));
                    try {
                        done += s.executeUpdate();
                    } catch (java.sql.SQLException e) {
                        throw refusal(c, e, start + (long) (k * step), start + (long) (last * step));
                    }
                    if (System.nanoTime() - lastLog > 10_000_000_000L || last == pairs - 1) {
                        lastLog = System.nanoTime();
                        double seconds = (lastLog - began) / 1e9;
                        log.printf(Locale.ROOT, "   ageing: %,d of %,d movements after %.0f s (%,.0f rows/s)%n", done,
                                pairs * 2, seconds, done / seconds);
                    }
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            facts.put("movementInsertSeconds", seconds);
            facts.put("movementRowsPerSecond", done / seconds);
            facts.put("movementHistory", java.time.Instant.ofEpochMilli(start).toString().substring(0, 10) + " .. "
                    + java.time.Instant.ofEpochMilli(end).toString().substring(0, 10));
            return done;
        }

        /** Why a chunk failed, told plainly; a missing partition for an old month above all. */
        private static Refused refusal(java.sql.Connection c, java.sql.SQLException e, long from, long to)
                throws java.sql.SQLException {
            String when = java.time.Instant.ofEpochMilli(from).toString().substring(0, 10) + " .. "
                    + java.time.Instant.ofEpochMilli(to).toString().substring(0, 10);
            if (e.getMessage() != null && e.getMessage().contains("no partition of relation")) {
                String partitions = Db.one(c, """
                        select count(*) || ' partitions, ' || coalesce(min(c.relname), '-') || ' .. '
                               || coalesce(max(c.relname), '-')
                        from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = 'stock_movement'::regclass""");
                return new Refused("stock_movement is partitioned and has no partition for movements of " + when
                        + " (" + partitions + "); the server must create monthly partitions back to "
                        + when.substring(0, 7) + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            return new Refused("inserting the movements of " + when + " failed: SQLState " + e.getSQLState() + " "
                    + e.getMessage());
        }

        /** {@code rows} more audit events of the demo brand: SKU price changes, back-dated like the movements. */
        static long audit(java.sql.Connection c, String tenant, long rows, long start, long end, int salt,
                          Map<String, Object> facts) throws java.sql.SQLException, Refused {
            facts.put("auditInserted", Math.max(0, rows));
            if (rows <= 0) {
                return 0;
            }
            double step = (double) (end - start) / rows;
            try (var s = c.prepareStatement("""
                    create temporary table bench_aged_skus on commit preserve rows as
                    select row_number() over (order by sku_id) - 1 as i, sku_id
                    from (select distinct sku_id from stock_balance where tenant_id = ?::uuid) s""")) {
                s.setString(1, tenant);
                s.execute();
            }
            long skus = Db.count(c, "bench_aged_skus");
            String sql = """
                    insert into audit_event (id, tenant_id, occurred_at, actor_id, actor_name, action, entity_type,
                                             entity_id, before, after, request_id)
                    select %s, ?::uuid, timestamptz 'epoch' + t.ms * interval '1 millisecond', null,
                           'bench (aged audit log)', 'sku.prices-set', 'sku', s.sku_id,
                           jsonb_build_object('prices', jsonb_build_array(jsonb_build_object('kind', 'LIST',
                               'priceFen', 1000 + k %% 30 * 100))),
                           jsonb_build_object('prices', jsonb_build_array(jsonb_build_object('kind', 'LIST',
                               'priceFen', 1100 + k %% 30 * 100))),
                           'bench-aged-' || k
                    from generate_series(?::bigint, ?::bigint) k
                         join bench_aged_skus s on s.i = k * 2654435761 %% ?::bigint
                         cross join lateral (select ?::bigint + floor(k * ?::float8)::bigint as ms) t
                    """.formatted(uuid7("t.ms", "k", salt + 1));
            long began = System.nanoTime();
            long done = 0;
            try (var s = c.prepareStatement(sql)) {
                for (long k = 0; k < rows; k += CHUNK) {
                    long last = Math.min(rows, k + CHUNK) - 1;
                    int i = 0;
                    s.setString(++i, tenant);
                    s.setLong(++i, k);
                    s.setLong(++i, last);
                    s.setLong(++i, Math.max(1, skus));
                    s.setLong(++i, start);
                    s.setDouble(++i, step);
                    try {
                        done += s.executeUpdate();
                    } catch (java.sql.SQLException e) {
                        throw new Refused("inserting audit events failed: SQLState " + e.getSQLState() + " "
                                + e.getMessage());
                    }
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            facts.put("auditInsertSeconds", seconds);
            facts.put("auditRowsPerSecond", done / seconds);
            log.printf(Locale.ROOT, "   ageing: %,d audit events in %.0f s (%,.0f rows/s)%n", done, seconds,
                    done / seconds);
            return done;
        }
    }

    /**
     * The server's database, for set-up the API cannot do fast enough (the aged scenario). java.sql only: the
     * PostgreSQL JDBC driver comes on the class path (bench/run.sh extracts it from the server jar and passes
     * {@code -cp} and {@code --db-url}), so the driver still runs without it for every other scenario.
     */
    static final class Db {
        static String url;

        static java.sql.Connection connect() throws java.sql.SQLException {
            if (url == null) {
                throw new IllegalStateException("this scenario needs the server's database: --db-url"
                        + " jdbc:postgresql://127.0.0.1:PORT/postgres?user=postgres and the PostgreSQL JDBC driver on"
                        + " the class path (java -cp postgresql.jar bench/LoadDriver.java …); bench/run.sh passes both");
            }
            try {
                return java.sql.DriverManager.getConnection(url);
            } catch (java.sql.SQLException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                    throw new IllegalStateException("no PostgreSQL JDBC driver on the class path for " + url
                            + " (run java -cp postgresql-*.jar bench/LoadDriver.java …; bench/run.sh extracts it from"
                            + " the server jar's BOOT-INF/lib)");
                }
                throw e;
            }
        }

        static long count(java.sql.Connection c, String table) throws java.sql.SQLException {
            return Long.parseLong(one(c, "select count(*) from " + table));
        }

        /** The first column of the first row as text, or null. */
        static String one(java.sql.Connection c, String sql) throws java.sql.SQLException {
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Orders (issue 11): placing orders, a cart's cycle, order history at scale, payment notifications
    // ------------------------------------------------------------------------------------------------------

    /**
     * Fixtures and calls of the order scenarios, through the API (control client, not measured). Orders are pickup
     * orders of the ONLINE channel: placed by the demo admin through {@code POST /api/v1/orders} (order-hot,
     * order-spread, order-aged) or checked out of a signed-in customer's cart ({@code cart-submit}, see
     * {@link Customer}); each one prices its lines (the price book), routes them to the pickup store, holds the stock
     * and records the order with its outbox events, in one durable request. Set-up makes the demo brand's three
     * stores sellable online with no safety stock, lets online orders draw on the franchised one (routing rule
     * franchiseStock ALWAYS) and sets the unpaid time to its maximum (24 h), so that no order of a run is
     * auto-cancelled while the driver still counts it.
     */
    static final class Orders {
        static final int STORES = 3;
        static final long PRICE = 1_500;
        /** The customer every staff-placed bench order is for (the staff order API takes any id). */
        static final String CUSTOMER = java.util.UUID.nameUUIDFromBytes(("bench-customer-" + RUN_ID)
                .getBytes(StandardCharsets.UTF_8)).toString();
        private static volatile List<String> stores;

        /** The demo brand's stores, made ready for online pickup orders (once per driver run). */
        static synchronized List<String> stores(Api api, Session s) throws Exception {
            if (stores != null) {
                return stores;
            }
            List<String> ids = new ArrayList<>();
            for (Object l : (List<?>) Stock.call(api, s, api.get("/api/v1/stock-locations"), 200)) {
                Map<?, ?> place = (Map<?, ?>) l;
                if ("STORE".equals(place.get("kind")) && ids.size() < STORES) {
                    String id = (String) place.get("placeId");
                    Stock.call(api, s, put(api, "/api/v1/stock-locations/" + id,
                            "{\"sharedWithOnline\":true,\"safetyStock\":0}"), 200);
                    ids.add(id);
                }
            }
            if (ids.size() < STORES) {
                throw new IllegalStateException("need " + STORES + " stores, the admin sees " + ids.size());
            }
            Object rule = Stock.call(api, s, api.get("/api/v1/routing-rules"), 200);
            Stock.call(api, s, put(api, "/api/v1/routing-rules", "{\"preference\":" + Json.quote(
                    (String) Json.path(rule, "preference")) + ",\"sameCityMaxKm\":"
                    + ((BigDecimal) Json.path(rule, "sameCityMaxKm")).toPlainString()
                    + ",\"franchiseStock\":\"ALWAYS\",\"franchiseBuffer\":0,\"version\":"
                    + Json.path(rule, "version") + "}"), 200);
            Object settings = Stock.call(api, s, api.get("/api/v1/order-settings"), 200);
            Stock.call(api, s, put(api, "/api/v1/order-settings", "{\"unpaidMinutes\":1440,\"expressFee\":"
                    + Json.path(settings, "expressFee") + ",\"sameCityFee\":" + Json.path(settings, "sameCityFee")
                    + ",\"freeShippingOver\":" + Json.path(settings, "freeShippingOver") + ",\"version\":"
                    + Json.path(settings, "version") + "}"), 200);
            stores = List.copyOf(ids);
            return stores;
        }

        private static HttpRequest.Builder put(Api api, String path, String json) {
            return HttpRequest.newBuilder(api.uri(path)).timeout(api.timeout).header("Content-Type", "application/json")
                    .header("Idempotency-Key", Stock.key("put")).PUT(HttpRequest.BodyPublishers.ofString(json));
        }

        /** {@code count} fresh SKUs sold online (as {@link Stock#skus} makes them), list price {@link #PRICE}. */
        static String[] skus(Api api, Session s, String tag, int count) throws Exception {
            String[] ids = Stock.skus(api, s, tag, count, Stock.ONLINE);
            Stock.parallel(Stock.SETUP_THREADS, ids.length, i -> Stock.call(api, s, put(api,
                    "/api/v1/skus/" + ids[i] + "/prices", "{\"prices\":[{\"kind\":\"LIST\",\"priceFen\":" + PRICE
                            + "}]}"), 200));
            return ids;
        }

        /** One order of one unit for pickup at the store; the key doubles as its Idempotency-Key. */
        static HttpRequest place(Api api, Session s, String key, String sku, String store) {
            return api.postJson("/api/v1/orders", "{\"channel\":\"ONLINE\",\"fulfilment\":\"PICKUP\",\"storeId\":"
                            + Json.quote(store) + ",\"customerId\":" + Json.quote(CUSTOMER) + ",\"lines\":[{\"skuId\":"
                            + Json.quote(sku) + ",\"quantity\":1}]}", key)
                    .header("Authorization", s.bearer()).build();
        }

        /** The sell-out phase's attempt for staff-placed orders: one order of one unit of the SKU at the store. */
        static SellOut.Attempt placing(Api api, Session s, String tag, String sku, String store) {
            return (thread, seq) -> Answer.of(api.send(place(api, s, Stock.key(tag), sku, store)));
        }

        /** Fails the check if the payment ledger check lists any difference. */
        static void paymentsReconcile(Api api, Session s, Result result, List<String> failures) throws Exception {
            Object r = Stock.call(api, s, api.get("/api/v1/payments/check"), 200);
            List<?> differences = (List<?>) Json.path(r, "differences");
            result.facts.put("paymentCheckReferences", Json.path(r, "referencesChecked"));
            result.facts.put("paymentCheckDifferences", differences == null ? -1 : differences.size());
            if (differences == null || !differences.isEmpty()) {
                failures.add("the payment check lists differences: " + r);
            }
        }
    }

    /**
     * The out-of-stock phase of every order scenario, run by its check after the measured window (not in its
     * figures): a fresh SKU with {@link #STOCK} units at one store (-Dbench.sellout.stock=N, default 1,000), then as
     * many threads as the scenario has clients order 1 unit of it the scenario's way, each until it got
     * {@link #REFUSALS} clean out-of-stock answers. Zero oversell: exactly the stock is sold (201s = the balance's
     * held = the stock, 0 available), every answer after that is a clean 409 out-of-stock, no error; the latency of
     * the 409s is reported next to the 201s' (the issue wants them no slower). Threads use the control client.
     */
    static final class SellOut {
        static final long STOCK = Long.getLong("bench.sellout.stock", 1_000);
        static final int REFUSALS = 5;
        static final Duration LIMIT = Duration.ofSeconds(180);

        /** One try of thread {@code thread}: its answer (a failed step of several named by {@link Answer#step}). */
        interface Attempt {
            Answer send(int thread, long seq) throws Exception;
        }

        static void run(Api api, Session admin, Result result, List<String> failures, String tag, int threads,
                        String store, java.util.function.Function<String, Attempt> attemptOn) throws Exception {
            String sku = Orders.skus(api, admin, tag + "-out", 1)[0];
            Holds.freshBalance(api, admin, sku, store, STOCK);
            Attempt attempt = attemptOn.apply(sku);
            Histogram[] sold = new Histogram[threads];
            Histogram[] refused = new Histogram[threads];
            Map<String, Long> errors = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicInteger unfinished = new java.util.concurrent.atomic.AtomicInteger();
            long began = System.nanoTime();
            long deadline = began + LIMIT.toNanos();
            log.printf(Locale.ROOT, "   sell-out phase: %,d of a fresh SKU, %d threads until %d out-of-stock each%n",
                    STOCK, threads, REFUSALS);
            Stock.parallel(threads, threads, t -> {
                Histogram sales = sold[t] = new Histogram();
                Histogram refusals = refused[t] = new Histogram();
                for (long seq = 0; refusals.total < REFUSALS; seq++) {
                    if (System.nanoTime() - deadline > 0) {
                        unfinished.incrementAndGet();
                        return;
                    }
                    long from = System.nanoTime();
                    Answer a = attempt.send(t, seq);
                    long micros = (System.nanoTime() - from) / 1_000;
                    String outcome = a.outcome(Stock::outcome);
                    if (outcome.equals("201")) {
                        sales.record(micros);
                    } else if (outcome.equals(Stock.OUT_OF_STOCK)) {
                        refusals.record(micros);
                    } else {
                        errors.merge(outcome, 1L, Long::sum);
                        return;
                    }
                }
            });
            Histogram ok = new Histogram();
            Histogram no = new Histogram();
            for (int t = 0; t < threads; t++) {
                ok.add(sold[t]);
                no.add(refused[t]);
            }
            Map<?, ?> b = Stock.balance(api, admin, sku, store);
            long held = Stock.num(b, "reserved");
            long available = Stock.num(b, "available");
            result.facts.put("sellOutStock", STOCK);
            result.facts.put("sellOutSold201", ok.total);
            result.facts.put("sellOutRefused409", no.total);
            result.facts.put("sellOutErrors", errors.values().stream().mapToLong(Long::longValue).sum());
            result.facts.put("sellOutHeld", held);
            result.facts.put("sellOutAvailable", available);
            result.facts.put("sellOutSeconds", (System.nanoTime() - began) / 1e9);
            result.facts.put("sellOut201P50Ms", ok.quantile(0.50) / 1000.0);
            result.facts.put("sellOut201P99Ms", ok.quantile(0.99) / 1000.0);
            result.facts.put("sellOut409P50Ms", no.quantile(0.50) / 1000.0);
            result.facts.put("sellOut409P99Ms", no.quantile(0.99) / 1000.0);
            result.notes.add(String.format(Locale.ROOT, "   sell-out phase: %,d on hand, %,d sold (201) p50 %s / p99 %s"
                            + " ms, then %,d clean out-of-stock (409) p50 %s / p99 %s ms, %d errors", STOCK, ok.total,
                    ms(ok.quantile(0.50)), ms(ok.quantile(0.99)), no.total, ms(no.quantile(0.50)),
                    ms(no.quantile(0.99)), errors.values().stream().mapToLong(Long::longValue).sum()));
            if (!errors.isEmpty()) {
                failures.add("sell-out phase: answers neither 201 nor a clean out-of-stock: " + errors);
            }
            if (unfinished.get() > 0) {
                failures.add("sell-out phase: " + unfinished.get() + " thread(s) not done after " + LIMIT.toSeconds()
                        + " s");
            }
            if (ok.total != STOCK || held != STOCK || available != 0) {
                failures.add("sell-out phase: " + ok.total + " sold (201), held " + held + ", available " + available
                        + " after selling out a stock of " + STOCK + " (oversold or undersold)");
            }
        }
    }

    /**
     * A flash sale through orders: every client places an order of 1 unit of ONE fresh SKU for pickup at one store
     * ({@code POST /api/v1/orders}: price + route + hold + order, durable), stock {@link #STOCK} (one receipt). 201
     * is success; a clean 409 out-of-stock is expected once the stock is sold (counted apart). The check: reserve-hot's
     * ({@link Holds#oneBalance}) on the order holds, the sell-out phase ({@link SellOut}), the stock reconciliation.
     */
    static final class OrderHotScenario extends StockWriteScenario {
        static final long STOCK = Long.getLong("bench.order.hot.stock", 20_000);
        private final String tag = "ohot" + Stock.INSTANCES.incrementAndGet();
        private int clients = 256;
        private Session session;
        private String sku;
        private String store;
        private long stock;
        private double setUpSeconds;

        public String name() {
            return "order-hot";
        }

        public String about() {
            return "POST /api/v1/orders, ONLINE pickup of 1 unit of ONE fresh SKU at one store (stock " + STOCK + ")";
        }

        boolean mayRunOut() {
            return true;
        }

        public void willRun(int clients) {
            this.clients = clients;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, STOCK);
        }

        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, StockRequestsLimit.MAX_QUANTITY);
        }

        private void fixture(Api api, long quantity) throws Exception {
            long began = System.nanoTime();
            session = api.login("admin@demo", "Demo@2026");
            store = Orders.stores(api, session).get(0);
            sku = Orders.skus(api, session, tag, 1)[0];
            stock = quantity;
            Holds.freshBalance(api, session, sku, store, quantity);
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: SKU %s at store %s, %,d on hand, %.1f s%n", name(), sku, store,
                    quantity, setUpSeconds);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            return Orders.place(api, session, "bench-" + RUN_ID + "-" + tag + "-" + worker + "-" + seq, sku, store);
        }

        public List<String> check(Api api, Result result) throws Exception {
            result.facts.put("setUpSeconds", setUpSeconds);
            List<String> failures = Holds.oneBalance(api, session, result, "orders", sku, store, stock,
                    created.sum(), soldOut.sum());
            SellOut.run(api, session, result, failures, tag, clients, store,
                    out -> Orders.placing(api, session, tag, out, store));
            Stock.reconcile(api, session, result, failures);
            return failures;
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return Targets.orders(mine, run, referenceRps);
        }
    }

    /**
     * Orders spread over many SKUs x 3 stores (default 10,000 SKUs: -Dbench.order.skus=N), each balance received
     * {@link #STOCK} so that none runs out; every request places a pickup order of 1 unit of a random SKU at a
     * random store. The check: reserve-spread's ({@link Holds#spread}) on the order holds, the sell-out phase
     * ({@link SellOut}), the stock reconciliation. Also the load of {@code order-aged} (after its history).
     */
    static class OrderSpreadScenario extends StockWriteScenario {
        static final long STOCK = 1_000;
        private final String name;
        final String tag;
        private int clients = 256;
        Session session;
        private String[] skus;
        private List<String> stores;
        private long stock;
        private double setUpSeconds;

        OrderSpreadScenario() {
            this("order-spread", "ospread");
        }

        OrderSpreadScenario(String name, String tagBase) {
            this.name = name;
            this.tag = tagBase + Stock.INSTANCES.incrementAndGet();
        }

        static int skuCount() {
            return Math.max(1, Integer.getInteger("bench.order.skus", 10_000));
        }

        public String name() {
            return name;
        }

        public String about() {
            return "POST /api/v1/orders, ONLINE pickup of 1 unit of a random SKU x store of " + skuCount()
                    + " SKUs x " + Orders.STORES + " stores (" + STOCK + " each)";
        }

        /** Nothing may run out here: even out-of-stock is an error (the sell-out phase has a SKU of its own). */
        boolean mayRunOut() {
            return false;
        }

        public void willRun(int clients) {
            this.clients = clients;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, skuCount(), STOCK);
        }

        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, 100, 100_000);
        }

        void fixture(Api api, int count, long quantity) throws Exception {
            long began = System.nanoTime();
            session = api.login("admin@demo", "Demo@2026");
            stores = Orders.stores(api, session);
            skus = Orders.skus(api, session, tag, count);
            stock = quantity;
            double priced = (System.nanoTime() - began) / 1e9;
            Stock.receiveAll(api, session, skus, stores, quantity);
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: %,d priced SKUs x %d stores, %,d each: products and prices %.1f s,"
                    + " %.1f s in all%n", name, skus.length, stores.size(), quantity, priced, setUpSeconds);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
            return Orders.place(api, session, "bench-" + RUN_ID + "-" + tag + "-" + worker + "-" + seq,
                    skus[r.nextInt(skus.length)], stores.get(r.nextInt(stores.size())));
        }

        public List<String> check(Api api, Result result) throws Exception {
            result.facts.put("setUpSeconds", setUpSeconds);
            List<String> failures = Holds.spread(api, session, result, "orders", skus, stores, stock, created.sum(),
                    soldOut.sum());
            SellOut.run(api, session, result, failures, tag, clients, stores.get(0),
                    out -> Orders.placing(api, session, tag, out, stores.get(0)));
            Stock.reconcile(api, session, result, failures);
            return failures;
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return Targets.orders(mine, run, referenceRps);
        }
    }

    /**
     * A customer of the demo shop, signed in as a shop signs them in: a code asked for by phone, read from the
     * development SMS endpoint ({@code GET /api/v1/dev/sms}, on in the demo profile) and traded for tokens. Refreshes
     * the access token a minute before it expires (15 minutes by default).
     */
    static final class Customer {
        static final String SHOP = "/api/v1/shop/demo";
        private final Api api;
        final String phone;
        final String id;
        private volatile String bearer;
        private volatile String refreshToken;
        private volatile long renewAt;

        private Customer(Api api, String phone, Object tokens, long asked) {
            this.api = api;
            this.phone = phone;
            this.id = (String) Json.path(tokens, "customerId");
            take(tokens, asked);
        }

        /** Fresh mainland numbers for one scenario instance: 139 and eight digits, {@code count} in a row. */
        static String[] phones(int count) {
            long base = java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L - count);
            String[] phones = new String[count];
            for (int i = 0; i < count; i++) {
                phones[i] = String.format(Locale.ROOT, "139%08d", base + i);
            }
            return phones;
        }

        static Customer signIn(Api api, String phone) throws Exception {
            String number = "{\"phone\":" + Json.quote(phone);
            expect(api.send(api.postJson(SHOP + "/sign-in/code", number + "}", null).build()), 202);
            Object sms = null;
            Object code = null;
            for (int tries = 0; tries < 50 && code == null; tries++) { // in case the message is logged a moment later
                if (tries > 0) {
                    Thread.sleep(100);
                }
                sms = Json.parse(expect(api.send(api.get("/api/v1/dev/sms?phone=" + phone).build()), 200));
                code = Json.path(sms, "items", 0, "code");
            }
            if (!(code instanceof String c)) {
                throw new IllegalStateException("no sign-in code for " + phone + " at /api/v1/dev/sms (is the server"
                        + " running the demo profile, oneshelf.dev.sms-endpoint=true?): " + sms);
            }
            long asked = System.nanoTime();
            String tokens = expect(api.send(api.postJson(SHOP + "/sign-in", number + ",\"code\":" + Json.quote(c)
                    + "}", null).build()), 200);
            return new Customer(api, phone, Json.parse(tokens), asked);
        }

        private static String expect(HttpResponse<String> r, int want) {
            if (r.statusCode() != want) {
                throw new IllegalStateException(r.request().method() + " " + r.request().uri().getPath() + ": HTTP "
                        + r.statusCode() + " " + r.body());
            }
            return r.body();
        }

        private void take(Object tokens, long asked) {
            Object expiresIn = Json.path(tokens, "expiresIn");
            long seconds = expiresIn instanceof BigDecimal d ? d.longValue() : 900;
            bearer = "Bearer " + Json.path(tokens, "accessToken");
            refreshToken = (String) Json.path(tokens, "refreshToken");
            renewAt = asked + Duration.ofSeconds(Math.max(10, seconds - 60)).toNanos();
        }

        /** "Bearer <access token>", valid for at least another minute. */
        String bearer() {
            if (System.nanoTime() - renewAt >= 0) {
                synchronized (this) {
                    if (System.nanoTime() - renewAt >= 0) {
                        long asked = System.nanoTime();
                        try {
                            take(Json.parse(expect(api.send(api.postJson(SHOP + "/token/refresh", "{\"refreshToken\":"
                                    + Json.quote(refreshToken) + "}", null).build()), 200)), asked);
                        } catch (Exception e) {
                            throw new IllegalStateException("refreshing the tokens of customer " + phone + " failed", e);
                        }
                    }
                }
            }
            return bearer;
        }

        /** Adds 1 unit of the SKU to the cart. */
        HttpRequest add(String sku, String key) {
            return api.postJson(SHOP + "/cart/items", "{\"skuId\":" + Json.quote(sku) + ",\"quantity\":1}", key)
                    .header("Authorization", bearer()).build();
        }

        /** Checks the cart out for pickup at the store. */
        HttpRequest submit(String store, String key) {
            return api.postJson(SHOP + "/orders", "{\"fulfilment\":\"PICKUP\",\"storeId\":" + Json.quote(store) + "}",
                    key).header("Authorization", bearer()).build();
        }

        /** Every order of this customer's, oldest first. */
        List<Map<?, ?>> orders() throws Exception {
            List<Map<?, ?>> all = new ArrayList<>();
            String cursor = null;
            do {
                Object page = Json.parse(expect(api.send(api.get(SHOP + "/orders?limit=200" + (cursor == null ? ""
                        : "&cursor=" + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8)))
                        .header("Authorization", bearer()).build()), 200));
                for (Object o : (List<?>) Json.path(page, "items")) {
                    all.add((Map<?, ?>) o);
                }
                cursor = (String) Json.path(page, "nextCursor");
            } while (cursor != null);
            java.util.Collections.reverse(all);
            return all;
        }
    }

    /**
     * The shape most shops are measured with: 100 clients, each a customer of the demo shop signed in at set-up
     * (phone + one-time code, see {@link Customer}); a cycle = {@code POST /api/v1/shop/demo/cart/items} (1 unit of a
     * random SKU) then {@code POST /api/v1/shop/demo/orders} (check the cart out for pickup at a random store), on
     * 1,000 priced SKUs x 3 stores with 100,000 each (-Dbench.cart.skus=N). One answer per cycle: success is the
     * checkout's 201, so requests/s is orders/s and the latency is the whole cycle's; a failed add is the outcome
     * {@code "cart/items NNN"}. The check: reserve-spread's ({@link Holds#spread}) over the units the 201s placed;
     * every customer has exactly the orders the driver was answered 201 for, each holding exactly the units its
     * cart had (one, or more after a failed checkout left its line in the cart), all CREATED; then the sell-out
     * phase through the cart ({@link SellOut}) and the stock reconciliation.
     */
    static final class CartSubmitScenario extends StockWriteScenario {
        static final long STOCK = 100_000;
        private final String tag = "cart" + Stock.INSTANCES.incrementAndGet();
        private int clients = 100;
        private Session admin;
        private Customer[] customers;
        private String[] skus;
        private List<String> stores;
        private double setUpSeconds;
        /** Per worker, written by its thread only: the units the cart holds now, and those of each order placed. */
        private long[] inCart;
        private List<List<Long>> placed;

        public String name() {
            return "cart-submit";
        }

        public String about() {
            return "a signed-in customer's cycle: POST /api/v1/shop/demo/cart/items (1 unit), then POST"
                    + " /api/v1/shop/demo/orders (checkout, ONLINE pickup); " + skuCount() + " SKUs x " + Orders.STORES
                    + " stores";
        }

        static int skuCount() {
            return Math.max(1, Integer.getInteger("bench.cart.skus", 1_000));
        }

        public int defaultClients() {
            return 100;
        }

        boolean mayRunOut() {
            return false;
        }

        public void willRun(int clients) {
            this.clients = clients;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, skuCount());
        }

        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, 100);
        }

        private void fixture(Api api, int count) throws Exception {
            long began = System.nanoTime();
            admin = api.login("admin@demo", "Demo@2026");
            stores = Orders.stores(api, admin);
            skus = Orders.skus(api, admin, tag, count);
            Stock.receiveAll(api, admin, skus, stores, STOCK);
            double stocked = (System.nanoTime() - began) / 1e9;
            String[] phones = Customer.phones(clients);
            customers = new Customer[clients];
            Stock.parallel(16, clients, i -> customers[i] = Customer.signIn(api, phones[i]));
            inCart = new long[clients];
            placed = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                placed.add(new ArrayList<>());
            }
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: %,d priced SKUs x %d stores, %,d each, %.1f s; %d customers signed"
                    + " in (phone + code), %.1f s in all%n", name(), skus.length, stores.size(), STOCK, stocked,
                    clients, setUpSeconds);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            throw new UnsupportedOperationException("a cart-submit cycle is two requests: see exchange");
        }

        public Answer exchange(Api api, Transport client, int worker, long seq) throws IOException,
                InterruptedException {
            java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
            Customer c = customers[worker];
            String key = "bench-" + RUN_ID + "-" + tag + "-" + worker + "-" + seq;
            Answer added = client.send(c.add(skus[r.nextInt(skus.length)], key + "-a"), this);
            if (added.status() != 200) {
                return added.at("cart/items");
            }
            inCart[worker]++;
            Answer submitted = client.send(c.submit(stores.get(r.nextInt(stores.size())), key + "-o"), this);
            if (submitted.status() == 201) {
                placed.get(worker).add(inCart[worker]);
                inCart[worker] = 0;
            }
            return submitted;
        }

        public List<String> check(Api api, Result result) throws Exception {
            long units = placed.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
            result.facts.put("setUpSeconds", setUpSeconds);
            result.facts.put("customers", customers.length);
            result.facts.put("orderUnits", units);
            List<String> failures = Holds.spread(api, admin, result, "cart orders", skus, stores, STOCK, units,
                    soldOut.sum());
            ordersAsAnswered(api, result, failures);
            boolean[] holding = new boolean[customers.length];
            SellOut.run(api, admin, result, failures, tag, customers.length, stores.get(0), out -> (t, seq) -> {
                String key = Stock.key(tag);
                if (!holding[t]) {
                    Answer added = Answer.of(api.send(customers[t].add(out, key + "-a")));
                    if (added.status() != 200) {
                        return added.at("cart/items");
                    }
                    holding[t] = true; // a refused checkout leaves its line in the cart: the next try only submits
                }
                Answer submitted = Answer.of(api.send(customers[t].submit(stores.get(0), key + "-o")));
                holding[t] &= submitted.status() != 201;
                return submitted;
            });
            Stock.reconcile(api, admin, result, failures);
            return failures;
        }

        /** Every customer has exactly the orders answered 201, oldest first, each with its cart's units, CREATED. */
        private void ordersAsAnswered(Api api, Result result, List<String> failures) throws Exception {
            List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
            LongAdder orders = new LongAdder();
            Stock.parallel(16, customers.length, i -> {
                List<Map<?, ?>> theirs = customers[i].orders();
                orders.add(theirs.size());
                List<Long> want = placed.get(i);
                if (theirs.size() != want.size()) {
                    wrong.add("customer " + customers[i].phone + " has " + theirs.size() + " orders, " + want.size()
                            + " were answered 201");
                    return;
                }
                for (int k = 0; k < want.size(); k++) {
                    Map<?, ?> o = theirs.get(k);
                    long held = 0;
                    for (Object line : (List<?>) o.get("lines")) {
                        held += Stock.num((Map<?, ?>) line, "quantity");
                    }
                    if (held != want.get(k) || !"CREATED".equals(o.get("status")) || !"ONLINE".equals(o.get("channel"))) {
                        wrong.add("order " + o.get("id") + " of customer " + customers[i].phone + ": " + held
                                + " units (the cart had " + want.get(k) + "), " + o.get("status") + ", " + o.get("channel"));
                    }
                }
            });
            result.facts.put("customersOrders", orders.sum());
            if (!wrong.isEmpty()) {
                failures.add(wrong.size() + " customer(s)/order(s) not as answered, e.g. " + wrong.subList(0,
                        Math.min(3, wrong.size())));
            }
        }
    }

    /**
     * order-spread's load on a shop with history: before its warm-up, 1,000,000 completed till orders
     * (-Dbench.order.history=N) of the demo brand over the last 13 months, one line and three steps each, inserted in
     * SQL (insert … select from generate_series, in chunks, then analyze) into sales_order, order_line and
     * order_transition: set-based, no request per order. Compare its rate with order-spread's in the same run (the
     * issue asks for at least 90 %). Run by name only (it changes the server for every scenario after it); needs
     * --db-url like aged.
     */
    static final class OrderAgedScenario extends OrderSpreadScenario {
        static final long HISTORY = Long.getLong("bench.order.history", 1_000_000);
        static final int CHUNK = 200_000;
        private double historySeconds;
        private long historyOrders;

        OrderAgedScenario() {
            super("order-aged", "oaged");
        }

        public String about() {
            return "order-spread's request after " + HISTORY + " historical orders (set up in SQL)";
        }

        public void setUp(Api api) throws Exception {
            super.setUp(api);
            long began = System.nanoTime();
            try (java.sql.Connection c = Db.connect()) {
                historyOrders = history(c, HISTORY);
            }
            historySeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: %,d historical orders in the database after %.1f s%n", name(),
                    historyOrders, historySeconds);
        }

        /** Tops the demo brand's order history up to {@code total} orders; how many it has then. */
        static long history(java.sql.Connection c, long total) throws java.sql.SQLException {
            c.setAutoCommit(true);
            String tenant = Db.one(c, "select id::text from tenant where code = 'demo'");
            String store = Db.one(c, "select id::text from store where tenant_id = '" + tenant + "' order by code limit 1");
            String sku = Db.one(c, "select id::text from sku where tenant_id = '" + tenant + "' order by code limit 1");
            if (tenant == null || store == null || sku == null) {
                throw new IllegalStateException("no demo brand with a store and a SKU in the database");
            }
            long have = Long.parseLong(Db.one(c, "select count(*) from sales_order where tenant_id = '" + tenant + "'"));
            long end = System.currentTimeMillis() - Duration.ofDays(1).toMillis();
            long start = end - Ageing.HISTORY.toMillis();
            int salt = new java.util.Random().nextInt();
            for (long from = 0; have + from < total; from += CHUNK) {
                long n = Math.min(CHUNK, total - have - from);
                String ms = "(" + start + "::bigint + g::bigint * " + Math.max(1, (end - start) / Math.max(1, total)) + ")";
                try (var s = c.createStatement()) {
                    s.execute("create temporary table bench_orders as select " + Ageing.uuid7(ms, "g", salt) + " as id, "
                            + "to_timestamp(" + ms + " / 1000.0) as at, g from generate_series(" + (from + 1) + ", "
                            + (from + n) + ") g");
                    s.execute("insert into sales_order(id, tenant_id, number, channel, fulfilment, status, customer_id,"
                            + " store_id, staff_id, goods_amount, discount_amount, shipping_fee, total, paid, refunded,"
                            + " plan, version, created_at, updated_at) select id, '" + tenant + "', 'H" + RUN_ID
                            + "-' || g, 'POS', 'IN_STORE', 'COMPLETED', null, '" + store + "', null, 1500, 0, 0, 1500,"
                            + " 1500, 0, '{\"shipments\":[],\"explanation\":[]}', 2, at, at from bench_orders");
                    s.execute("insert into order_line(order_id, line_no, tenant_id, sku_id, sku_code, name, specs,"
                            + " quantity, unit_price, price_rule, amount, discount, place_id) select id, 0, '" + tenant
                            + "', '" + sku + "', 'HIST', 'History', '{}', 1, 1500, 'LIST', 1500, 0, '" + store
                            + "' from bench_orders");
                    s.execute("insert into order_transition(order_id, tenant_id, from_status, to_status, actor_kind, at)"
                            + " select id, '" + tenant + "', x.f, x.t, 'SYSTEM', at from bench_orders,"
                            + " (values (null, 'CREATED'), ('CREATED', 'PAID'), ('PAID', 'COMPLETED')) x(f, t)");
                    s.execute("drop table bench_orders");
                }
                log.printf(Locale.ROOT, "   order-aged set-up: %,d of %,d historical orders%n", from + n, total - have);
            }
            try (var s = c.createStatement()) {
                s.execute("analyze sales_order");
                s.execute("analyze order_line");
                s.execute("analyze order_transition");
            }
            return Long.parseLong(Db.one(c, "select count(*) from sales_order where tenant_id = '" + tenant + "'"));
        }

        public List<String> check(Api api, Result result) throws Exception {
            List<String> failures = super.check(api, result);
            result.facts.put("historicalOrders", historyOrders);
            result.facts.put("historySetUpSeconds", historySeconds);
            if (historyOrders < HISTORY) {
                failures.add("only " + historyOrders + " orders in the brand's history, " + HISTORY + " wanted");
            }
            return failures;
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return List.of(Targets.rateAgainst(mine, run, "order-spread", 0.9));
        }
    }

    /**
     * Payment notifications with signature verification, duplicates included: set-up places
     * {@link #PAYMENTS} orders (-Dbench.notify.payments=N), takes a WeChat Pay link for each and confirms it on the
     * sandbox's pay page with the notification held; each request then asks the sandbox to send one of them at
     * random ({@code POST /sandbox/wechatpay/notifications/{id}/send}): the sandbox signs and encrypts it afresh
     * (RSA-SHA256, AES-256-GCM, a new nonce) and posts it to the server's notify endpoint, which verifies it and
     * applies it once; most sends are duplicates. So a request is one notification plus the sandbox's own signing
     * and its HTTP call: notifications/s here is a lower bound. Success is 200 with the merchant's answer 200. The
     * check: every payment sent at least once is SUCCEEDED exactly once (its order paid exactly its total, not
     * twice), those never sent are still pending, and the payment ledger reconciles.
     */
    static final class PayNotifyScenario implements Scenario {
        static final int PAYMENTS = Integer.getInteger("bench.notify.payments", 2_000);
        private static final java.util.regex.Pattern SEND =
                java.util.regex.Pattern.compile("/sandbox/wechatpay/notifications/([A-Za-z0-9-]+)/send");
        private final String tag = "notify" + Stock.INSTANCES.incrementAndGet();
        private final LongAdder refused = new LongAdder();
        private Session session;
        private String[] orders;
        private String[] notices;
        private java.util.concurrent.atomic.AtomicIntegerArray sent;
        private double setUpSeconds;

        public String name() {
            return "pay-notify";
        }

        public String about() {
            return "POST /sandbox/wechatpay/notifications/{id}/send: a signed payment notification of one of "
                    + PAYMENTS + " paid orders, at random (duplicates included), verified and applied once";
        }

        public int defaultClients() {
            return 32;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, PAYMENTS);
        }

        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, 100);
        }

        private void fixture(Api api, int n) throws Exception {
            long began = System.nanoTime();
            session = api.login("admin@demo", "Demo@2026");
            List<String> stores = Orders.stores(api, session);
            String sku = Orders.skus(api, session, tag, 1)[0];
            Stock.receive(api, session, sku, stores.get(0), n);
            orders = new String[n];
            notices = new String[n];
            sent = new java.util.concurrent.atomic.AtomicIntegerArray(n);
            Stock.parallel(16, n, i -> {
                Object order = Stock.call(api, session, HttpRequest.newBuilder(Orders.place(api, session,
                        Stock.key(tag), sku, stores.get(0)), (k, v) -> !k.equalsIgnoreCase("Authorization")), 201);
                orders[i] = (String) Json.path(order, "id");
                Object link = Stock.call(api, session, api.postJson("/api/v1/orders/" + orders[i] + "/payments",
                        "{\"tender\":\"WECHAT_PAY\"}", Stock.key(tag)), 200);
                String payUrl = (String) Json.path(link, "payUrl");
                HttpResponse<String> confirmed = api.send(HttpRequest.newBuilder(URI.create(payUrl + "/confirm"))
                        .timeout(api.timeout).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("openid=oBench" + i + "&notify=hold")).build());
                if (confirmed.statusCode() != 303) {
                    throw new IllegalStateException("sandbox confirm: HTTP " + confirmed.statusCode());
                }
                HttpResponse<String> page = api.send(HttpRequest.newBuilder(URI.create(payUrl + "?lang=en"))
                        .timeout(api.timeout).GET().build());
                java.util.regex.Matcher m = SEND.matcher(page.body());
                if (!m.find()) {
                    throw new IllegalStateException("no held notification on the pay page " + payUrl);
                }
                notices[i] = m.group(1);
            });
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: %,d orders with a pay link paid on the sandbox, notifications held,"
                    + " %.1f s%n", name(), n, setUpSeconds);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            int i = java.util.concurrent.ThreadLocalRandom.current().nextInt(notices.length);
            sent.incrementAndGet(i);
            return api.postJson("/sandbox/wechatpay/notifications/" + notices[i] + "/send", "", null).build();
        }

        public boolean readsBody(int status) {
            return status == 200;
        }

        /** "200" when the merchant answered the notification 200, else "200 merchant NNN". */
        public String outcome(int status, String body) {
            if (status != 200) {
                return Integer.toString(status);
            }
            Object merchant = Json.path(Json.parse(body), "status");
            return merchant instanceof BigDecimal d && d.intValue() == 200 ? "200" : "200 merchant " + merchant;
        }

        public void answered(int status, String outcome) {
            if (status == 200 && !"200".equals(outcome)) {
                refused.increment();
            }
        }

        public List<String> check(Api api, Result result) throws Exception {
            List<String> failures = result.errorsMustBeZero();
            if (refused.sum() > 0) {
                failures.add(refused.sum() + " notification(s) the merchant did not answer 200");
            }
            long sends = 0;
            int distinct = 0;
            List<String> wrong = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (int i = 0; i < orders.length; i++) {
                int times = sent.get(i);
                sends += times;
                distinct += times > 0 ? 1 : 0;
                Object order;
                do {
                    order = Stock.call(api, session, api.get("/api/v1/orders/" + orders[i]), 200);
                } while (times > 0 && "CREATED".equals(Json.path(order, "status")) && System.nanoTime() < deadline
                         && sleep(200));
                long paid = ((BigDecimal) Json.path(order, "paid")).longValue();
                long total = ((BigDecimal) Json.path(order, "total")).longValue();
                boolean ok = times > 0 ? paid == total && !"CREATED".equals(Json.path(order, "status"))
                        : paid == 0 && "CREATED".equals(Json.path(order, "status"));
                if (!ok && wrong.size() < 5) {
                    wrong.add("order " + orders[i] + " sent " + times + "x: status " + Json.path(order, "status")
                            + ", paid " + paid + " of " + total);
                }
            }
            result.facts.put("setUpSeconds", setUpSeconds);
            result.facts.put("payments", orders.length);
            result.facts.put("notificationsSent", sends);
            result.facts.put("paymentsNotified", distinct);
            result.facts.put("duplicates", sends - distinct);
            if (!wrong.isEmpty()) {
                failures.add("orders not paid exactly once (first 5): " + wrong);
            }
            Orders.paymentsReconcile(api, session, result, failures);
            return failures;
        }

        private static boolean sleep(long ms) {
            try {
                Thread.sleep(ms);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Promotions and stored value (issue 12): checkout pricing with promotions and coupons, wallet spends
    // ------------------------------------------------------------------------------------------------------

    /**
     * Checkout pricing as a signed-in customer of the demo shop sees it: {@code POST
     * /api/v1/shop/demo/checkout/quote} of a 10-line cart (3 units of each of 10 fresh SKUs, list price
     * {@link Orders#PRICE}) for pickup at a store, with the customer's 5 claimed coupons chosen, while 20 promotions
     * of the driver's run (besides the demo brand's own spend-and-save) are running: 5 spend-and-save (满减) with three
     * tiers and 5 percent-off over the fixture's category, 5 percent-off over SKU sets of 3, 5 buy-5-get-1 over SKU
     * pairs. Every promotion covers only the fixture's goods, so no other scenario's prices change, and the tear-down
     * sets them inactive (later scenarios do not read them). Each client is its own customer (signed in by phone and
     * code like cart-submit's, its cart filled and 5 coupons claimed at set-up); quoting holds and records nothing.
     * The check: no error; a sample quote after the run equals the one taken before the load (goods, discounts, total
     * and the explanation, rule by rule), its total is the sum of its lines' payable amounts (plus shipping) and not
     * negative, its lines' discounts sum to its discount amount and to the explanation's amounts, and the explanation
     * names each of the 5 coupons and promotions of every kind.
     */
    static final class QuoteScenario implements Scenario {
        static final int LINES = 10;
        static final long UNITS = 3;
        static final int COUPONS = 5;
        static final String SHOP = Customer.SHOP;
        private final String tag = "quote" + Stock.INSTANCES.incrementAndGet();
        private int clients = 16;
        private Session admin;
        private String store;
        private Customer[] customers;
        private String body;
        private String[][] coupons;
        /** The promotions made, id -> [create body, version], for the tear-down. */
        private final Map<String, String[]> promotions = new LinkedHashMap<>();
        private final Map<String, String> kinds = new HashMap<>();
        private final List<String> templates = new ArrayList<>();
        private Object reference;
        private double setUpSeconds;

        public String name() {
            return "quote";
        }

        public String about() {
            return "POST /api/v1/shop/demo/checkout/quote: a signed-in customer's 10-line cart, 20 running promotions,"
                    + " 5 claimed coupons chosen";
        }

        public int defaultClients() {
            return 16;
        }

        public void willRun(int clients) {
            this.clients = clients;
        }

        public void setUp(Api api) throws Exception {
            long began = System.nanoTime();
            admin = api.login("admin@demo", "Demo@2026");
            store = Orders.stores(api, admin).get(0);
            String category = Stock.category(api, admin, tag);
            List<String> skus = Stock.product(api, admin, category, tag + "-P", LINES, 1, Stock.ONLINE);
            Stock.parallel(LINES, LINES, i -> {
                Stock.call(api, admin, Orders.put(api, "/api/v1/skus/" + skus.get(i) + "/prices",
                        "{\"prices\":[{\"kind\":\"LIST\",\"priceFen\":" + Orders.PRICE + "}]}"), 200);
                Stock.receive(api, admin, skus.get(i), store, StockRequestsLimit.MAX_QUANTITY);
            });
            promotions(api, category, skus);
            couponTemplates(api);
            String[] phones = Customer.phones(clients);
            customers = new Customer[clients];
            coupons = new String[clients][];
            Stock.parallel(Math.min(16, clients), clients, c -> {
                Customer customer = customers[c] = Customer.signIn(api, phones[c]);
                for (String sku : skus) {
                    shop(api, customer, api.postJson(SHOP + "/cart/items", "{\"skuId\":" + Json.quote(sku)
                            + ",\"quantity\":" + UNITS + "}", Stock.key(tag)), 200);
                }
                coupons[c] = new String[COUPONS];
                for (int k = 0; k < COUPONS; k++) {
                    coupons[c][k] = (String) Json.path(shop(api, customer, api.postJson(SHOP + "/coupon-templates/"
                            + templates.get(k) + "/claim", "", Stock.key(tag)), 200), "id");
                }
            });
            reference = shop(api, customers[0], quote(api, 0, Stock.key(tag)), 200);
            List<String> wrong = sound(reference, "the quote before the load");
            if (!wrong.isEmpty()) {
                throw new IllegalStateException(String.join("; ", wrong));
            }
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: %d SKUs, %d promotions, %d coupon templates, %d customers with a"
                            + " %d-line cart and %d coupons each, %.1f s; the sample quote: goods %s, discounts %s, total %s"
                            + " (%d rules in its explanation)%n", name(), LINES, promotions.size(), templates.size(),
                    clients, LINES, COUPONS, setUpSeconds, Json.path(reference, "goodsAmount"),
                    Json.path(reference, "discountAmount"), Json.path(reference, "total"),
                    ((List<?>) Json.path(reference, "discounts")).size());
        }

        /** 20 promotions over the fixture's goods only, running from an hour ago for a day, every channel and store. */
        private void promotions(Api api, String category, List<String> skus) throws Exception {
            java.time.OffsetDateTime from = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(1)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            String window = ",\"startsAt\":\"" + from + "\",\"endsAt\":\"" + from.plusDays(1) + "\"";
            String inCategory = ",\"categoryIds\":[" + Json.quote(category) + "]";
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                bodies.add("{\"name\":\"Bench " + tag + " 满减 " + i + "\",\"kind\":\"FULL_REDUCTION\",\"tiers\":["
                        + "{\"threshold\":5000,\"off\":" + (100 + i * 10) + "},{\"threshold\":10000,\"off\":"
                        + (300 + i * 10) + "},{\"threshold\":20000,\"off\":" + (600 + i * 10) + "}]" + inCategory
                        + window);
            }
            for (int i = 0; i < 5; i++) {
                bodies.add("{\"name\":\"Bench " + tag + " category " + (2 + i % 2) + "% " + i
                        + "\",\"kind\":\"PERCENT_OFF\",\"percentOff\":" + (2 + i % 2) + inCategory + window);
            }
            for (int i = 0; i < 5; i++) {
                bodies.add("{\"name\":\"Bench " + tag + " SKUs 5% " + i + "\",\"kind\":\"PERCENT_OFF\",\"percentOff\":5"
                        + ",\"skuIds\":[" + Json.quote(skus.get(2 * i)) + "," + Json.quote(skus.get(2 * i + 1)) + ","
                        + Json.quote(skus.get((2 * i + 2) % LINES)) + "]" + window);
            }
            for (int i = 0; i < 5; i++) {
                bodies.add("{\"name\":\"Bench " + tag + " buy 5 get 1 " + i + "\",\"kind\":\"BUY_X_GET_Y\",\"buy\":5,"
                        + "\"get\":1,\"skuIds\":[" + Json.quote(skus.get(2 * i)) + "," + Json.quote(skus.get(2 * i + 1))
                        + "]" + window);
            }
            for (String b : bodies) { // one after the other: they apply in the order they were made
                Object p = Stock.call(api, admin, api.postJson("/api/v1/promotions", b + "}", Stock.key(tag)), 201);
                promotions.put((String) Json.path(p, "id"), new String[] {b, String.valueOf(Json.path(p, "version"))});
                kinds.put((String) Json.path(p, "id"), (String) Json.path(p, "kind"));
            }
        }

        /** 5 claimable templates, each giving something on the fixture's cart after the promotions. */
        private void couponTemplates(Api api) throws Exception {
            String[] gives = {
                    "\"kind\":\"AMOUNT_OFF\",\"amountOff\":1000,\"threshold\":20000",
                    "\"kind\":\"AMOUNT_OFF\",\"amountOff\":500,\"threshold\":10000",
                    "\"kind\":\"AMOUNT_OFF\",\"amountOff\":300",
                    "\"kind\":\"PERCENT_OFF\",\"percentOff\":10,\"maxOff\":1500",
                    "\"kind\":\"AMOUNT_OFF\",\"amountOff\":200,\"threshold\":5000"};
            for (int k = 0; k < gives.length; k++) {
                Object t = Stock.call(api, admin, api.postJson("/api/v1/coupon-templates", "{\"name\":\"Bench " + tag
                        + " coupon " + k + "\"," + gives[k] + ",\"validDays\":30,\"perMember\":1,\"claimable\":true}",
                        Stock.key(tag)), 201);
                templates.add((String) Json.path(t, "id"));
            }
        }

        private static Object shop(Api api, Customer c, HttpRequest.Builder request, int want) throws Exception {
            HttpResponse<String> r = api.send(request.header("Authorization", c.bearer()).build());
            if (r.statusCode() != want) {
                throw new IllegalStateException(request.build().method() + " " + request.build().uri().getPath()
                        + " as customer " + c.phone + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return Json.parse(r.body());
        }

        /** A quote as the shop's checkout page asks for it: a POST, so with an Idempotency-Key of its own. */
        private HttpRequest.Builder quote(Api api, int c, String key) {
            StringBuilder ids = new StringBuilder();
            for (String id : coupons[c]) {
                ids.append(ids.length() == 0 ? "" : ",").append(Json.quote(id));
            }
            return api.postJson(SHOP + "/checkout/quote", "{\"fulfilment\":\"PICKUP\",\"storeId\":" + Json.quote(store)
                    + ",\"couponIds\":[" + ids + "]}", key);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            int c = worker % customers.length;
            return quote(api, c, "bench-" + RUN_ID + "-" + tag + "-" + worker + "-" + seq)
                    .header("Authorization", customers[c].bearer()).build();
        }

        /**
         * What must hold of a quote of the fixture's cart: the total is the lines' payable amounts plus shipping and
         * not negative, the lines' discounts sum to the discount amount and so do the explanation's amounts (shipping
         * waivers apart), and the explanation names every coupon chosen and promotions of every kind.
         */
        private List<String> sound(Object q, String which) {
            List<String> wrong = new ArrayList<>();
            long payable = 0;
            long lineDiscounts = 0;
            long units = 0;
            for (Object line : (List<?>) Json.path(q, "lines")) {
                Map<?, ?> l = (Map<?, ?>) line;
                long amount = Stock.num(l, "amount");
                long discount = Stock.num(l, "discount");
                if (discount < 0 || amount - discount < 0) {
                    wrong.add(which + ": line " + l.get("index") + " pays " + (amount - discount));
                }
                payable += amount - discount;
                lineDiscounts += discount;
                units += Stock.num(l, "quantity");
            }
            Map<?, ?> m = (Map<?, ?>) q;
            long total = Stock.num(m, "total");
            long shipping = Stock.num(m, "shippingFee");
            if (total != payable + shipping) {
                wrong.add(which + ": total " + total + " is not the lines' " + payable + " + shipping " + shipping);
            }
            if (total < 0) {
                wrong.add(which + ": total " + total + " is negative");
            }
            if (units != LINES * UNITS) {
                wrong.add(which + ": " + units + " units, the cart has " + LINES * UNITS);
            }
            if (lineDiscounts != Stock.num(m, "discountAmount")) {
                wrong.add(which + ": the lines' discounts " + lineDiscounts + " are not its discountAmount "
                        + m.get("discountAmount"));
            }
            long explained = 0;
            java.util.Set<String> rules = new java.util.HashSet<>();
            java.util.Set<String> promotionKinds = new java.util.TreeSet<>();
            for (Object d : (List<?>) Json.path(q, "discounts")) {
                Map<?, ?> given = (Map<?, ?>) d;
                if (!"SHIPPING".equals(given.get("target"))) {
                    explained += Stock.num(given, "amount");
                }
                rules.add((String) given.get("ruleId"));
                if (kinds.containsKey(given.get("ruleId"))) {
                    promotionKinds.add(kinds.get(given.get("ruleId")));
                }
            }
            if (explained != lineDiscounts) {
                wrong.add(which + ": the explanation gives " + explained + ", the lines " + lineDiscounts);
            }
            if (!rules.containsAll(templates)) {
                wrong.add(which + ": the explanation does not name every coupon chosen: " + Json.path(q, "discounts"));
            }
            if (promotionKinds.size() != 3) {
                wrong.add(which + ": the explanation names promotions of the kinds " + promotionKinds + " only");
            }
            return wrong;
        }

        public List<String> check(Api api, Result result) throws Exception {
            List<String> failures = result.errorsMustBeZero();
            Object after = shop(api, customers[0], quote(api, 0, Stock.key(tag)), 200);
            failures.addAll(sound(after, "the quote after the load"));
            for (String field : List.of("goodsAmount", "discountAmount", "shippingFee", "total", "lines", "discounts")) {
                if (!java.util.Objects.equals(Json.path(reference, field), Json.path(after, field))) {
                    failures.add("the quote after the load differs from the one before in " + field + ": "
                            + Json.path(reference, field) + " before, " + Json.path(after, field) + " after");
                }
            }
            List<?> explanation = (List<?>) Json.path(after, "discounts");
            result.facts.put("setUpSeconds", setUpSeconds);
            result.facts.put("promotions", promotions.size());
            result.facts.put("coupons", COUPONS);
            result.facts.put("customers", customers.length);
            result.facts.put("sampleGoods", Json.path(after, "goodsAmount"));
            result.facts.put("sampleDiscount", Json.path(after, "discountAmount"));
            result.facts.put("sampleTotal", Json.path(after, "total"));
            result.facts.put("sampleExplanationRules", explanation.size());
            result.facts.put("sampleExplanationPromotions", explanation.stream()
                    .filter(d -> promotions.containsKey(Json.path(d, "ruleId"))).count());
            return failures;
        }

        /** Sets the run's promotions inactive, so that later scenarios' checkouts do not read them. */
        public void tearDown(Api api) throws Exception {
            for (Map.Entry<String, String[]> p : promotions.entrySet()) {
                Stock.call(api, admin, Orders.put(api, "/api/v1/promotions/" + p.getKey(), p.getValue()[0]
                        + ",\"active\":false,\"version\":" + p.getValue()[1] + "}"), 200);
            }
            promotions.clear();
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return List.of(Targets.ratioToReference(mine, referenceRps, 0.5));
        }
    }

    /**
     * Wallet spends at the till: every request is a till sale ({@code POST /api/v1/orders}, channel POS, IN_STORE at
     * one of 3 stores) of 1 unit of a random SKU out of 200 (1,000,000 each at each store, so neither stock nor a
     * balance row is the contended thing) for a customer, paid entirely by the WALLET tender: the order, the wallet's
     * debit under its lock (principal and bonus in the spending order, the owners' buckets, the ledger entries), the
     * stock posting, paid and completed, durably. {@code wallet-spend}: a random one of 10,000 wallets
     * (-Dbench.wallets=N), each registered ({@code POST /api/v1/customers}) and topped up 1,000 yuan by card at a
     * store ({@code POST /api/v1/wallet-top-ups}) at set-up, 32 in parallel; {@code wallet-spend-hot}: ONE wallet
     * topped up 3 x 100,000 yuan (-Dbench.wallet.hot.topups=N), so every spend queues for that wallet's lock. 201 is
     * success; the till sale's price is quoted once at set-up ({@code POST /api/v1/orders/quote}). The check: no
     * error; every fixture wallet's balance = its top-ups - (its 201s x the price), never negative; the drop of the
     * brand's wallet liability over the run = all 201s x the price; the wallet check lists no differences (balances =
     * ledger = owners' buckets, every top-up credited once); the payment check and the stock reconciliation are
     * clean.
     */
    static final class WalletSpendScenario implements Scenario {
        static final int SKUS = 200;
        static final long TOP_UP = 100_000;
        static final long HOT_TOP_UP = 10_000_000;
        private final boolean hot;
        private final String tag;
        private Session admin;
        private List<String> stores;
        private String[] skus;
        private String[] wallets;
        private long[] toppedUp;
        private java.util.concurrent.atomic.AtomicLongArray spends;
        private long price;
        private long liabilityBefore;
        private final LongAdder spent = new LongAdder();
        private double setUpSeconds;

        WalletSpendScenario(boolean hot) {
            this.hot = hot;
            this.tag = (hot ? "whot" : "wspend") + Stock.INSTANCES.incrementAndGet();
        }

        static int walletCount() {
            return Math.max(1, Integer.getInteger("bench.wallets", 10_000));
        }

        static int hotTopUps() {
            return Math.max(1, Integer.getInteger("bench.wallet.hot.topups", 3));
        }

        public String name() {
            return hot ? "wallet-spend-hot" : "wallet-spend";
        }

        public String about() {
            return "POST /api/v1/orders, a POS till sale of 1 unit paid by WALLET, "
                    + (hot ? "all on ONE wallet (" + hotTopUps() + " x " + HOT_TOP_UP / 100 + " yuan)"
                    : "on a random one of " + walletCount() + " wallets (" + TOP_UP / 100 + " yuan each)");
        }

        public int defaultClients() {
            return 256;
        }

        public boolean ok(int status) {
            return status == 201;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, hot ? 1 : walletCount(), SKUS);
        }

        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, hot ? 1 : 100, 20);
        }

        private void fixture(Api api, int count, int skuCount) throws Exception {
            long began = System.nanoTime();
            admin = api.login("admin@demo", "Demo@2026");
            stores = Orders.stores(api, admin);
            skus = Orders.skus(api, admin, tag, skuCount);
            Stock.receiveAll(api, admin, skus, stores, StockRequestsLimit.MAX_QUANTITY);
            double stocked = (System.nanoTime() - began) / 1e9;
            String[] phones = phones(count);
            wallets = new String[count];
            toppedUp = new long[count];
            spends = new java.util.concurrent.atomic.AtomicLongArray(count);
            int topUps = hot ? hotTopUps() : 1;
            long each = hot ? HOT_TOP_UP : TOP_UP;
            Stock.parallel(Stock.SETUP_THREADS, count, i -> {
                Object c = Stock.call(api, admin, api.postJson("/api/v1/customers", "{\"phone\":" + Json.quote(phones[i])
                        + "}", Stock.key(tag)), 201);
                wallets[i] = (String) Json.path(c, "id");
                for (int t = 0; t < topUps; t++) {
                    Stock.call(api, admin, api.postJson("/api/v1/wallet-top-ups", "{\"customerId\":"
                            + Json.quote(wallets[i]) + ",\"storeId\":" + Json.quote(stores.get(i % stores.size()))
                            + ",\"amount\":" + each + ",\"tender\":\"CARD\",\"cardReference\":\"BENCH\"}",
                            Stock.key(tag)), 201);
                    toppedUp[i] += each;
                }
            });
            Object q = Stock.call(api, admin, api.postJson("/api/v1/orders/quote", sale(wallets[0], skus[0],
                    stores.get(0), 1), Stock.key(tag)), 200);
            price = ((BigDecimal) Json.path(q, "total")).longValueExact();
            if (price <= 0 || price > each) {
                throw new IllegalStateException("a till sale of 1 unit is quoted " + price + " fen");
            }
            liabilityBefore = liability(api);
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: %d SKUs x %d stores stocked in %.1f s; %,d wallet(s) registered and"
                            + " topped up %d x %,d fen; a sale costs %,d fen; %.1f s in all%n", name(), skus.length,
                    stores.size(), stocked, count, topUps, each, price, setUpSeconds);
        }

        /** Fresh mainland numbers 137 and eight digits, {@code count} in a row (cart-submit's customers use 139). */
        private static String[] phones(int count) {
            long base = java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L - count);
            String[] phones = new String[count];
            for (int i = 0; i < count; i++) {
                phones[i] = String.format(Locale.ROOT, "137%08d", base + i);
            }
            return phones;
        }

        /**
         * A till sale of 1 unit for the customer paid by the wallet; for a quote (which needs a till sale's tenders but
         * does not add them up) any {@code amount}.
         */
        private static String sale(String customer, String sku, String store, long amount) {
            return "{\"channel\":\"POS\",\"fulfilment\":\"IN_STORE\",\"storeId\":" + Json.quote(store)
                    + ",\"customerId\":" + Json.quote(customer) + ",\"lines\":[{\"skuId\":" + Json.quote(sku)
                    + ",\"quantity\":1}],\"tenders\":[{\"tender\":\"WALLET\",\"amount\":" + amount + "}]}";
        }

        private long liability(Api api) throws Exception {
            return ((BigDecimal) Json.path(Stock.call(api, admin, api.get("/api/v1/wallets/liability"), 200), "total"))
                    .longValueExact();
        }

        public HttpRequest next(Api api, int worker, long seq) {
            throw new UnsupportedOperationException("see exchange: the driver counts the spends per wallet");
        }

        public Answer exchange(Api api, Transport client, int worker, long seq) throws IOException,
                InterruptedException {
            java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
            int w = r.nextInt(wallets.length);
            Answer a = client.send(api.postJson("/api/v1/orders", sale(wallets[w], skus[r.nextInt(skus.length)],
                            stores.get(r.nextInt(stores.size())), price),
                    "bench-" + RUN_ID + "-" + tag + "-" + worker + "-" + seq).header("Authorization", admin.bearer())
                    .build(), this);
            if (a.status() == 201) {
                spends.incrementAndGet(w);
                spent.increment();
            }
            return a;
        }

        public List<String> check(Api api, Result result) throws Exception {
            List<String> failures = result.errorsMustBeZero();
            List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
            LongAdder balances = new LongAdder();
            java.util.concurrent.atomic.AtomicLong lowest = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
            long began = System.nanoTime();
            Stock.parallel(16, wallets.length, i -> {
                Map<?, ?> w = (Map<?, ?>) Stock.call(api, admin, api.get("/api/v1/customers/" + wallets[i] + "/wallet"),
                        200);
                long balance = Stock.num(w, "balance");
                balances.add(balance);
                lowest.accumulateAndGet(balance, Math::min);
                long want = toppedUp[i] - spends.get(i) * price;
                if (balance != want || balance < 0 || Stock.num(w, "principal") < 0 || Stock.num(w, "bonus") < 0) {
                    wrong.add("wallet of " + wallets[i] + ": balance " + balance + " after " + spends.get(i)
                            + " spend(s) of " + price + " from " + toppedUp[i] + " (want " + want + ")");
                }
            });
            long topUps = java.util.Arrays.stream(toppedUp).sum();
            long liabilityAfter = liability(api);
            result.facts.put("setUpSeconds", setUpSeconds);
            result.facts.put("wallets", wallets.length);
            result.facts.put("spends201Total", spent.sum());
            result.facts.put("spentFen", spent.sum() * price);
            result.facts.put("balancesDropFen", topUps - balances.sum());
            result.facts.put("liabilityDropFen", liabilityBefore - liabilityAfter);
            result.facts.put("lowestBalanceFen", lowest.get());
            result.facts.put("balancesReadSeconds", (System.nanoTime() - began) / 1e9);
            if (!wrong.isEmpty()) {
                failures.add(wrong.size() + " wallet(s) not as the spends answered 201 leave them, e.g. "
                        + wrong.subList(0, Math.min(3, wrong.size())));
            }
            if (topUps - balances.sum() != spent.sum() * price) {
                failures.add("the fixture's balances dropped by " + (topUps - balances.sum()) + " fen, the spends"
                        + " answered 201 took " + spent.sum() * price);
            }
            if (liabilityBefore - liabilityAfter != spent.sum() * price) {
                failures.add("the wallet liability dropped by " + (liabilityBefore - liabilityAfter) + " fen over the"
                        + " run, the spends answered 201 took " + spent.sum() * price);
            }
            Object r = Stock.call(api, admin, api.get("/api/v1/wallets/check"), 200);
            List<?> differences = (List<?>) Json.path(r, "differences");
            result.facts.put("walletCheckWallets", Json.path(r, "walletsChecked"));
            result.facts.put("walletCheckEntries", Json.path(r, "entriesRead"));
            result.facts.put("walletCheckTopUpsOff", Json.path(r, "topUpsOff"));
            result.facts.put("walletCheckDifferences", differences == null ? -1 : differences.size());
            if (differences == null || !differences.isEmpty() || !BigDecimal.ZERO.equals(Json.path(r, "topUpsOff"))) {
                failures.add("the wallet check lists differences: " + r);
            }
            Orders.paymentsReconcile(api, admin, result, failures);
            Stock.reconcile(api, admin, result, failures);
            return failures;
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return Targets.reported(mine, run, referenceRps);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Helpers for scenarios
    // ------------------------------------------------------------------------------------------------------

    /** The server under test, for building load requests and for set-up/check calls (own client). */
    // ------------------------------------------------------------------------------------------------------
    // The store counter (issue 13): sales at tills in a closed loop, and offline sales synced in bulk
    // ------------------------------------------------------------------------------------------------------

    /**
     * What the POS scenarios share, through the API (control client, not measured): tills with an open shift at the
     * order scenarios' stores (sellable online, no safety stock), a pool of SKUs priced {@link Orders#PRICE}, the
     * body of a sale of {@link #LINES} scanned lines paid in cash, and what the 201s answered (orders and the units
     * they took from each balance) for the checks.
     */
    static final class Tills {
        static final String BASE = "/api/v1/pos/tills";
        static final int LINES = 5;
        static final long FLOAT_FEN = 50_000;
        /** One sale's total: well below the demo brand's spend-100-save-10, so that no promotion changes it. */
        static final long SALE_TOTAL = LINES * Orders.PRICE;

        final String tag;
        Session session;
        List<String> stores;
        String[] skus;
        /** Per till: its id and its store's. */
        List<String[]> tills = List.of();
        long stock;
        /** Units the answered orders took, by "skuId placeId". */
        final Map<String, LongAdder> sold = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.Set<String> orders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final LongAdder answers = new LongAdder();
        /** Orders answered that are not a completed till sale paid in full. */
        final java.util.Queue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();

        Tills(String tag) {
            this.tag = tag;
        }

        /** A pool of {@code count} SKUs with {@code quantity} of each at every store, and {@code tillCount} tills. */
        void open(Api api, int count, long quantity, int tillCount) throws Exception {
            session = api.login("admin@demo", "Demo@2026");
            stores = Orders.stores(api, session);
            skus = Orders.skus(api, session, tag, count);
            stock = quantity;
            Stock.receiveAll(api, session, skus, stores, quantity);
            String[][] made = new String[tillCount][];
            Stock.parallel(Math.min(tillCount, Stock.SETUP_THREADS), tillCount, i -> {
                String store = stores.get(i % stores.size());
                made[i] = new String[]{till(api, store, i), store};
            });
            tills = List.of(made);
        }

        /** A new till at the store with a shift opened on it. */
        String till(Api api, String store, int i) throws Exception {
            String code = RUN_ID + "-" + tag + "-" + i;
            code = code.length() <= 20 ? code : code.substring(code.length() - 20); // 1-20 characters, unique per store
            Object till = Stock.call(api, session, api.postJson(BASE, "{\"storeId\":" + Json.quote(store)
                    + ",\"code\":" + Json.quote(code) + ",\"name\":" + Json.quote("Bench " + code) + "}",
                    Stock.key("till")), 201);
            String id = (String) Json.path(till, "id");
            Stock.call(api, session, api.postJson(BASE + "/" + id + "/shifts", "{\"floatFen\":" + FLOAT_FEN + "}",
                    Stock.key("shift")), 201);
            return id;
        }

        /** {@link #LINES} distinct SKUs of the pool at random: the scans of one sale. */
        String[] basket() {
            java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
            java.util.LinkedHashSet<String> picked = new java.util.LinkedHashSet<>();
            while (picked.size() < Math.min(LINES, skus.length)) {
                picked.add(skus[r.nextInt(skus.length)]);
            }
            return picked.toArray(String[]::new);
        }

        /**
         * A sale's JSON: one unit of each SKU, paid in cash (handed over the next round 100 yuan: change given); as
         * the device queued it offline when {@code recordedAt} is set (with the unit price and total it charged).
         */
        static String sale(String clientSaleId, String[] basket, String recordedAt) {
            StringBuilder lines = new StringBuilder();
            for (String sku : basket) {
                lines.append(lines.length() == 0 ? "" : ",").append("{\"skuId\":").append(Json.quote(sku))
                        .append(",\"quantity\":1").append(recordedAt == null ? "" : ",\"unitPrice\":" + Orders.PRICE)
                        .append('}');
            }
            long total = (long) basket.length * Orders.PRICE;
            long handed = (total / 10_000 + 1) * 10_000;
            return "{\"clientSaleId\":" + Json.quote(clientSaleId) + ",\"lines\":[" + lines + "],\"tenders\":[{"
                    + "\"tender\":\"CASH\",\"amount\":" + total + ",\"cashTendered\":" + handed + "}]"
                    + (recordedAt == null ? "" : ",\"recordedAt\":" + Json.quote(recordedAt) + ",\"total\":" + total)
                    + "}";
        }

        /** Notes an order answered (a sale's 201, a sync's result): once per order, its units per balance. */
        void answered(Object order) {
            answers.increment();
            String id = (String) Json.path(order, "id");
            if (!orders.add(id)) {
                return;
            }
            Object lines = Json.path(order, "lines");
            long total = ((BigDecimal) Json.path(order, "total")).longValueExact();
            if (!"POS".equals(Json.path(order, "channel")) || !"COMPLETED".equals(Json.path(order, "status"))
                || ((BigDecimal) Json.path(order, "paid")).longValueExact() != total) {
                wrong.add(id + " " + Json.path(order, "channel") + " " + Json.path(order, "status") + " paid "
                          + Json.path(order, "paid") + " of " + total);
            }
            for (Object line : (List<?>) lines) {
                sold.computeIfAbsent(Json.path(line, "skuId") + " " + Json.path(line, "placeId"),
                        k -> new LongAdder()).add(((BigDecimal) Json.path(line, "quantity")).longValueExact());
            }
        }

        /**
         * Every answered order a completed POS sale paid in full; every fixture balance on hand = received - the
         * units those orders took from it, nothing held; the stock and payment ledgers reconcile.
         */
        void check(Api api, Result result, List<String> failures) throws Exception {
            java.util.Set<String> mine = java.util.Set.of(skus);
            java.util.Set<String> at = java.util.Set.copyOf(stores);
            long balances = 0;
            long units = 0;
            List<String> off = new ArrayList<>();
            for (Map<?, ?> b : Stock.allBalances(api, session)) {
                if (!mine.contains(b.get("skuId")) || !at.contains(b.get("locationId"))) {
                    continue;
                }
                balances++;
                LongAdder took = sold.get(b.get("skuId") + " " + b.get("locationId"));
                long out = took == null ? 0 : took.sum();
                units += out;
                if (Stock.num(b, "onHand") != stock - out || Stock.num(b, "reserved") != 0) {
                    off.add(b + " after " + out + " sold");
                }
            }
            result.facts.put("tills", tills.size());
            result.facts.put("skus", skus.length);
            result.facts.put("ordersAnswered", orders.size());
            result.facts.put("unitsSold", units);
            if (balances != (long) skus.length * stores.size()) {
                failures.add(balances + " fixture balances found, " + skus.length * stores.size() + " expected");
            }
            if (!off.isEmpty()) {
                failures.add(off.size() + " balance(s) whose on hand is not received - sold or that hold stock, e.g. "
                        + off.get(0));
            }
            if (!wrong.isEmpty()) {
                failures.add(wrong.size() + " order(s) not a completed POS sale paid in full, e.g. " + wrong.peek());
            }
            Stock.reconcile(api, session, result, failures);
            Orders.paymentsReconcile(api, session, result, failures);
        }
    }

    /**
     * Closed-loop sales at the counter: every client is a till (one per client, spread over the order scenarios'
     * 3 stores, a shift open on each) selling {@link Tills#LINES} scanned SKUs of a pool of {@link #POOL} (one unit
     * each) paid in cash with change: {@code POST /api/v1/pos/tills/{id}/sales}, a new clientSaleId each. The check:
     * every 201 is one order of its own (a completed POS sale paid in full), the stock each took left its store's
     * balance and nothing else did, the stock and payment ledgers reconcile; then the visibility probe: a sale at a
     * till lowers the online sellable quantity the shop shows, read right after the sale's answer.
     */
    static final class PosSaleScenario implements Scenario {
        static final int POOL = 200;
        static final long STOCK = 10_000;
        static final int PROBE_SALES = 10;
        private final Tills tills = new Tills("psale" + Stock.INSTANCES.incrementAndGet());
        private final LongAdder created = new LongAdder();
        private int clients = 64;
        private double setUpSeconds;

        public String name() {
            return "pos-sale";
        }

        public String about() {
            return "POST /api/v1/pos/tills/{id}/sales, " + Tills.LINES + " scanned SKUs of " + POOL + " paid in cash,"
                    + " one till per client over " + Orders.STORES + " stores";
        }

        public void willRun(int clients) {
            this.clients = clients;
        }

        public void setUp(Api api) throws Exception {
            long began = System.nanoTime();
            tills.open(api, POOL, STOCK, clients);
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: %d tills with a shift open, %d SKUs x %d stores, %,d each, %.1f s%n",
                    name(), clients, POOL, Orders.STORES, STOCK, setUpSeconds);
        }

        public void setUpPreWarm(Api api) throws Exception {
            tills.open(api, 50, STOCK, clients);
        }

        public HttpRequest next(Api api, int worker, long seq) {
            String key = "bench-" + RUN_ID + "-" + tills.tag + "-" + worker + "-" + seq;
            String till = tills.tills.get(worker % tills.tills.size())[0];
            String clientSaleId = java.util.UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
            return api.postJson(Tills.BASE + "/" + till + "/sales", Tills.sale(clientSaleId, tills.basket(), null), key)
                    .header("Authorization", tills.session.bearer()).build();
        }

        public boolean ok(int status) {
            return status == 201;
        }

        public boolean readsBody(int status) {
            return status == 201 || status >= 400;
        }

        public String outcome(int status, String body) {
            if (status == 201) {
                tills.answered(Json.parse(body));
                return "201";
            }
            return Pos.problem(status, body);
        }

        public void answered(int status, String outcome) {
            if (status == 201) {
                created.increment();
            }
        }

        public List<String> check(Api api, Result result) throws Exception {
            result.facts.put("setUpSeconds", setUpSeconds);
            List<String> failures = result.errorsMustBeZero();
            result.facts.put("created201Total", created.sum());
            if (tills.orders.size() != created.sum() || tills.answers.sum() != created.sum()) {
                failures.add(created.sum() + " sales answered 201 but " + tills.orders.size() + " distinct orders");
            }
            tills.check(api, result, failures);
            Pos.onlineAtOnce(api, tills, result, failures);
            return failures;
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return Targets.reported(mine, run, referenceRps);
        }
    }

    /**
     * Offline sales synced: {@link #TILLS} tills (a shift open on each) each send the {@link #QUEUED} sales they
     * queued offline in ONE {@code POST /api/v1/pos/tills/{id}/sync}, all tills at once; then every till sends the
     * same queue again (a replay, as a device does when the answer was lost: a new Idempotency-Key, the same
     * clientSaleIds). Measured: the first pass, as sales accepted per second (the ratio to the reference is of sales
     * per second, not requests). The check: every sale ACCEPTED once with an order of its own in the first pass and
     * answered DUPLICATE with the same order in the replay; the stock each order took left its balance once; the
     * stock and payment ledgers reconcile. The pre-warm (closed loop) syncs 20 fresh sales per request.
     */
    static final class PosSyncScenario implements Scenario {
        static final int TILLS = Integer.getInteger("bench.pos.sync.tills", 50);
        static final int QUEUED = Integer.getInteger("bench.pos.sync.sales", 200);
        static final int POOL = 200;
        static final int PREWARM_SALES = 20;
        static final Duration SYNC_TIMEOUT = Duration.ofSeconds(600);
        private final Tills tills = new Tills("psync" + Stock.INSTANCES.incrementAndGet());
        /** The queue of every till: its sales' JSON and clientSaleIds. */
        private final List<String> bodies = new ArrayList<>();
        private final List<List<String>> saleIds = new ArrayList<>();
        /** The order each clientSaleId got in the first pass. */
        private final Map<String, String> firstOrders = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        /** Syncs answered 5xx and sent again: reported (a device retries), not failed; the retry's answer is checked. */
        private final List<String> retried = java.util.Collections.synchronizedList(new ArrayList<>());
        static final int RETRIES = 3;
        static final long RETRY_PAUSE_MS = 5_000;
        static final int READ_THREADS = 8;
        private double setUpSeconds;
        private double replaySeconds;

        public String name() {
            return "pos-sync";
        }

        public String about() {
            return "POST /api/v1/pos/tills/{id}/sync, " + TILLS + " tills at once each syncing " + QUEUED + " queued "
                    + "sales (" + Tills.LINES + " lines, cash), then the same again as a replay; sales/s";
        }

        public int defaultClients() {
            return TILLS;
        }

        public void setUp(Api api) throws Exception {
            long began = System.nanoTime();
            tills.open(api, POOL, (long) TILLS * QUEUED, TILLS);
            String recordedAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(30).toString();
            for (int t = 0; t < TILLS; t++) {
                List<String> ids = new ArrayList<>();
                StringBuilder sales = new StringBuilder();
                for (int i = 0; i < QUEUED; i++) {
                    String id = java.util.UUID.randomUUID().toString();
                    ids.add(id);
                    sales.append(i == 0 ? "" : ",").append(Tills.sale(id, tills.basket(), recordedAt));
                }
                saleIds.add(ids);
                bodies.add("{\"sales\":[" + sales + "]}");
            }
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: %d tills with a shift open, %d queued sales each, %d SKUs x %d"
                    + " stores, %.1f s%n", name(), TILLS, QUEUED, POOL, Orders.STORES, setUpSeconds);
        }

        public void setUpPreWarm(Api api) throws Exception {
            tills.open(api, 50, StockRequestsLimit.MAX_QUANTITY, TILLS);
        }

        /** The pre-warm's request: a sync of a few fresh sales of the worker's till. */
        public HttpRequest next(Api api, int worker, long seq) {
            String recordedAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1).toString();
            StringBuilder sales = new StringBuilder();
            for (int i = 0; i < PREWARM_SALES; i++) {
                sales.append(i == 0 ? "" : ",").append(Tills.sale(java.util.UUID.randomUUID().toString(),
                        tills.basket(), recordedAt));
            }
            String till = tills.tills.get(worker % tills.tills.size())[0];
            return api.postJson(Tills.BASE + "/" + till + "/sync", "{\"sales\":[" + sales + "]}",
                    Stock.key(tills.tag)).header("Authorization", tills.session.bearer()).build();
        }

        public Result measure(Api api) throws Exception {
            log.printf(Locale.ROOT, "%n== %s: %s%n", name(), about());
            Histogram first = new Histogram();
            double seconds = pass(api, "ACCEPTED", first);
            Result timed = new Result(name(), TILLS, seconds);
            timed.latency.add(first);
            timed.okLatency.add(first);
            timed.ok = firstOrders.size();
            timed.okSeconds = seconds;
            timed.outcomes.put("sale ACCEPTED", (long) firstOrders.size());
            replaySeconds = pass(api, "DUPLICATE", new Histogram());
            log.printf(Locale.ROOT, "   %,d sales synced in %.1f s (%.0f sales/s), replayed in %.1f s%n",
                    firstOrders.size(), seconds, firstOrders.size() / seconds, replaySeconds);
            return timed;
        }

        /**
         * Every till's queue in one sync, all at once; each result checked against the {@code outcome} expected
         * (the replay: the first pass's order). The seconds from the start until the last answer.
         */
        private double pass(Api api, String outcome, Histogram latency) throws Exception {
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(TILLS);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            Histogram[] each = new Histogram[TILLS];
            Thread[] threads = new Thread[TILLS];
            for (int t = 0; t < TILLS; t++) {
                int till = t;
                each[t] = new Histogram();
                threads[t] = new Thread(() -> {
                    try {
                        ready.countDown();
                        start.await();
                        long from = System.nanoTime();
                        HttpResponse<String> first = sync(api, till);
                        HttpResponse<String> r = first;
                        for (int retry = 1; r.statusCode() >= 500 && retry <= RETRIES; retry++) {
                            // as a device does: the queue again, after a pause (what was applied answers DUPLICATE)
                            retried.add(outcome + " till " + till + ": HTTP " + r.statusCode() + " "
                                        + Pos.problem(r.statusCode(), r.body()));
                            Thread.sleep(RETRY_PAUSE_MS);
                            r = sync(api, till);
                        }
                        each[till].record((System.nanoTime() - from) / 1_000);
                        results(till, outcome, r, r != first);
                    } catch (Exception e) {
                        failures.add("till " + till + " " + outcome + " pass: " + e);
                    }
                }, "pos-sync-" + t);
                threads[t].start();
            }
            ready.await();
            long began = System.nanoTime();
            start.countDown();
            for (Thread th : threads) {
                th.join();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            for (Histogram h : each) {
                latency.add(h);
            }
            return seconds;
        }

        /**
         * An order as the server keeps it, read patiently: right after 10,000 synced sales the server's listeners of
         * their events hold its connections for minutes, and reads wait (a 5xx or a timeout is tried again).
         */
        private Object order(Api api, String id) throws Exception {
            for (int attempt = 1; ; attempt++) {
                try {
                    HttpResponse<String> r = api.send(api.get("/api/v1/orders/" + id).timeout(SYNC_TIMEOUT)
                            .header("Authorization", tills.session.bearer()).build());
                    if (r.statusCode() == 200) {
                        return Json.parse(r.body());
                    }
                    if (r.statusCode() < 500 || attempt == RETRIES) {
                        throw new IllegalStateException("GET /api/v1/orders/" + id + ": HTTP " + r.statusCode());
                    }
                } catch (java.net.http.HttpTimeoutException e) {
                    if (attempt == RETRIES) {
                        throw e;
                    }
                }
                Thread.sleep(RETRY_PAUSE_MS);
            }
        }

        /** The till's whole queue in one sync, with an Idempotency-Key of its own (a device's new attempt). */
        private HttpResponse<String> sync(Api api, int till) throws IOException, InterruptedException {
            return api.send(HttpRequest.newBuilder(api.uri(Tills.BASE + "/" + tills.tills.get(till)[0] + "/sync"))
                    .timeout(SYNC_TIMEOUT).header("Content-Type", "application/json")
                    .header("Idempotency-Key", Stock.key(tills.tag + "-sync"))
                    .header("Authorization", tills.session.bearer())
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(till))).build());
        }

        /** One till's sync answer: a result per queued sale, in order, with the outcome expected. */
        /**
         * {@code again}: the answer of a sync sent again after a 5xx, of which the first attempt may have applied some
         * sales (answered DUPLICATE now, with the order they got).
         */
        private void results(int till, String outcome, HttpResponse<String> r, boolean again) {
            if (r.statusCode() != 200) {
                failures.add("till " + till + " " + outcome + " pass: HTTP " + r.statusCode() + " " + r.body());
                return;
            }
            List<?> results = (List<?>) Json.path(Json.parse(r.body()), "results");
            List<String> ids = saleIds.get(till);
            if (results == null || results.size() != ids.size()) {
                failures.add("till " + till + ": " + (results == null ? 0 : results.size()) + " results for "
                        + ids.size() + " sales");
                return;
            }
            for (int i = 0; i < ids.size(); i++) {
                Object one = results.get(i);
                String sale = (String) Json.path(one, "clientSaleId");
                String order = (String) Json.path(one, "orderId");
                Object got = Json.path(one, "outcome");
                boolean resumed = again && outcome.equals("ACCEPTED") && "DUPLICATE".equals(got);
                if (!ids.get(i).equals(sale) || !(outcome.equals(got) || resumed) || order == null) {
                    failures.add("till " + till + " sale " + i + ": " + one + ", expected " + outcome);
                } else if (outcome.equals("ACCEPTED") && firstOrders.putIfAbsent(sale, order) != null) {
                    failures.add("sale " + sale + " accepted twice");
                } else if (outcome.equals("DUPLICATE") && !order.equals(firstOrders.get(sale))) {
                    failures.add("sale " + sale + " replayed as order " + order + ", synced as " + firstOrders.get(sale));
                }
            }
        }

        public List<String> check(Api api, Result result) throws Exception {
            result.facts.put("setUpSeconds", setUpSeconds);
            result.facts.put("replaySeconds", replaySeconds);
            result.facts.put("salesQueued", (long) TILLS * QUEUED);
            result.facts.put("salesAccepted", firstOrders.size());
            result.facts.put("syncsRetriedAfter5xx", retried.size());
            if (!retried.isEmpty()) {
                result.notes.add("   " + retried.size() + " sync(s) answered 5xx and were sent again (as a device does),"
                        + " e.g. " + retried.get(0));
            }
            List<String> all = new ArrayList<>(failures.subList(0, Math.min(failures.size(), 20)));
            if (failures.size() > 20) {
                all.add("… and " + (failures.size() - 20) + " more");
            }
            if (firstOrders.size() != TILLS * QUEUED || new java.util.HashSet<>(firstOrders.values()).size()
                    != firstOrders.size()) {
                all.add(firstOrders.size() + " sales accepted (with " + new java.util.HashSet<>(firstOrders.values())
                        .size() + " distinct orders) of " + TILLS * QUEUED + " queued");
            }
            // each order as the server keeps it (channel, status, paid, the units it took from which store)
            String[] orders = new java.util.HashSet<>(firstOrders.values()).toArray(String[]::new);
            Stock.parallel(READ_THREADS, orders.length, i -> tills.answered(order(api, orders[i])));
            tills.check(api, result, all);
            return all;
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return List.of(referenceRps <= 0 ? "sales/s vs " + REFERENCE + "'s req/s: not judged, " + REFERENCE
                    + " did not run" : String.format(Locale.ROOT, "reported: sales/s %s = %.3f x %s's req/s %s "
                    + "(replay of every queue: %.1f s)", fmt(mine.rps(), 0), mine.rps() / referenceRps, REFERENCE,
                    fmt(referenceRps, 0), replaySeconds));
        }
    }

    /**
     * Issue 14's hot group buy (拼团): ONE campaign of groups of 3 on one fresh SKU at one store, {@link #GROUPS} groups
     * opened at set-up (20 leaders, each opening and paying up to 100 on the sandbox's WeChat Pay page, then waiting
     * until every group is OPEN). Each client is a customer of the demo shop signed in at set-up; every join
     * ({@code POST /api/v1/shop/demo/groups/{code}/joins}, pickup at the store) takes the next ticket of one counter
     * and ticket t tries group t / 3: three joiners for the two free places of every group, so the last place is raced
     * in every group while all clients share the one campaign (its allocation is the hot row). 201 is a join (the
     * unit: joins/s); a 409 on the field {@code code} is the clean "group full" answer (expected, counted apart); a
     * client never tries the group it just joined again. The check: no group holds more than its 3 places and the
     * places held are the leaders plus the 201s; the campaign's sold count is the same number and never above its
     * allocation; the SKU's balance: the leaders' paid orders issued (on hand = received − leaders), the joins'
     * unpaid orders held, available = received − both; the stock reconciliation is clean. -Dbench.group.groups=N
     * (default 800; the set-up opens them all, and a run that uses them up fails its check).
     */
    static final class GroupJoinScenario implements Scenario {
        static final int GROUPS = Integer.getInteger("bench.group.groups", 800);
        static final int SIZE = 3;
        static final int LEADERS = 20;
        static final String FULL = "409 group-full";
        static final String NONE_LEFT = "no open group left";
        private final String tag = "group" + Stock.INSTANCES.incrementAndGet();
        private final LongAdder joined = new LongAdder();
        private final LongAdder full = new LongAdder();
        private final java.util.concurrent.atomic.AtomicLong tickets = new java.util.concurrent.atomic.AtomicLong();
        private int clients = 256;
        private Session admin;
        private String store;
        private String sku;
        private String campaign;
        private String[] codes;
        private int[] next;
        private Customer[] joiners;
        private long stock;
        private double setUpSeconds;

        public String name() {
            return "group-join";
        }

        public String about() {
            return "POST /api/v1/shop/demo/groups/{code}/joins: every client (a signed-in customer) joins a group"
                    + " of 3 of ONE group buy, three joiners for the two free places of each (" + GROUPS + " groups"
                    + " opened and paid at set-up)";
        }

        public int defaultClients() {
            return 256;
        }

        public void willRun(int clients) {
            this.clients = clients;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, GROUPS);
        }

        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, 100);
        }

        private void fixture(Api api, int groups) throws Exception {
            long began = System.nanoTime();
            admin = api.login("admin@demo", "Demo@2026");
            store = Orders.stores(api, admin).get(0);
            sku = Orders.skus(api, admin, tag, 1)[0];
            stock = (long) groups * SIZE;
            Holds.freshBalance(api, admin, sku, store, stock);
            java.time.Instant now = java.time.Instant.now();
            campaign = (String) Json.path(Stock.call(api, admin, api.postJson("/api/v1/group-buys", "{\"name\":"
                    + "\"bench 拼团\",\"skuId\":" + Json.quote(sku) + ",\"groupPrice\":990,\"groupSize\":" + SIZE
                    + ",\"limitMinutes\":1440,\"perCustomer\":100,\"allocation\":" + stock + ",\"startsAt\":\""
                    + now.minusSeconds(60) + "\",\"endsAt\":\"" + now.plus(Duration.ofDays(1)) + "\"}",
                    Stock.key("group-buy")), 201), "id");
            String[] phones = Customer.phones(LEADERS + clients);
            Customer[] leaders = new Customer[LEADERS];
            joiners = new Customer[clients];
            Stock.parallel(16, phones.length, i -> {
                Customer c = Customer.signIn(api, phones[i]);
                if (i < LEADERS) {
                    leaders[i] = c;
                } else {
                    joiners[i - LEADERS] = c;
                }
            });
            double signedIn = (System.nanoTime() - began) / 1e9;
            codes = new String[groups];
            // 8 at a time: each is an order, a payment and its listeners; 16 took the server's whole pool when loaded
            Stock.parallel(8, groups, i -> codes[i] = open(api, leaders[i % LEADERS]));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            int open;
            while ((open = progress(api, "open")) < groups) { // a group opens once its leader's payment is applied
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("only " + open + " of " + groups + " groups OPEN after 5 minutes");
                }
                Thread.sleep(500);
            }
            next = new int[clients];
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: SKU %s at store %s, %,d on hand, group buy %s of %,d groups of %d;"
                            + " %d customers signed in (%.1f s), %,d groups opened and paid by %d leaders, %.1f s in all%n",
                    name(), sku, store, stock, campaign, groups, SIZE, phones.length, signedIn, groups, LEADERS,
                    setUpSeconds);
        }

        /** The leader opens a group (its order for pickup at the store) and pays it on the sandbox's page. */
        private String open(Api api, Customer leader) throws Exception {
            Object placed = Json.parse(Customer.expect(api.send(api.postJson(Customer.SHOP + "/group-buys/" + campaign
                    + "/groups", pickup(), Stock.key(tag)).header("Authorization", leader.bearer()).build()), 201));
            Object link = Json.parse(Customer.expect(api.send(api.postJson(Customer.SHOP + "/orders/"
                            + Json.path(placed, "orderId") + "/payments", "{\"tender\":\"WECHAT_PAY\"}", Stock.key(tag))
                    .header("Authorization", leader.bearer()).build()), 200));
            HttpResponse<String> confirmed = api.send(HttpRequest.newBuilder(URI.create(Json.path(link, "payUrl")
                            + "/confirm")).timeout(api.timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("openid=&notify=now")).build());
            if (confirmed.statusCode() != 303) {
                throw new IllegalStateException("sandbox confirm: HTTP " + confirmed.statusCode());
            }
            return (String) Json.path(placed, "group", "code");
        }

        private String pickup() {
            return "{\"fulfilment\":\"PICKUP\",\"storeId\":" + Json.quote(store) + "}";
        }

        private Object campaign(Api api) throws Exception {
            return Stock.call(api, admin, api.get("/api/v1/group-buys/" + campaign), 200);
        }

        private int progress(Api api, String what) throws Exception {
            return ((BigDecimal) Json.path(campaign(api), "progress", what)).intValue();
        }

        public HttpRequest next(Api api, int worker, long seq) {
            throw new UnsupportedOperationException("a join picks its group from the answers: see exchange");
        }

        /** Joins the group of the next ticket (another ticket when it is the group this client joined last). */
        public Answer exchange(Api api, Transport client, int worker, long seq) throws IOException,
                InterruptedException {
            long at;
            do {
                at = tickets.getAndIncrement() / SIZE;
            } while (at == next[worker] - 1L);
            if (at >= codes.length) {
                Thread.sleep(100); // every group used up: an error each, not a busy loop
                return new Answer(599, null, NONE_LEFT);
            }
            Answer a = client.send(api.postJson(Customer.SHOP + "/groups/" + codes[(int) at] + "/joins", pickup(),
                    "bench-" + RUN_ID + "-" + tag + "-" + worker + "-" + seq)
                    .header("Authorization", joiners[worker].bearer()).build(), this);
            if (a.status() == 201) {
                next[worker] = (int) at + 1;
            }
            return a;
        }

        public boolean ok(int status) {
            return status == 201;
        }

        public boolean readsBody(int status) {
            return status == 409;
        }

        /** A 409 naming the group's code is the clean "full" answer; any other 409 is not. */
        public String outcome(int status, String body) {
            if (status != 409) {
                return Integer.toString(status);
            }
            try {
                return "code".equals(Json.path(Json.parse(body), "errors", 0, "field")) ? FULL : "409 other";
            } catch (RuntimeException e) {
                return "409 unreadable";
            }
        }

        public boolean expected(String outcome) {
            return FULL.equals(outcome);
        }

        public void answered(int status, String outcome) {
            if (status == 201) {
                joined.increment();
            } else if (FULL.equals(outcome)) {
                full.increment();
            }
        }

        public List<String> check(Api api, Result result) throws Exception {
            List<String> failures = new ArrayList<>();
            if (result.errors > 0) {
                failures.add(result.errors + " request(s) failed: " + result.errorsByOutcome);
            }
            long joins = joined.sum();
            long places = codes.length + joins;
            result.facts.put("setUpSeconds", setUpSeconds);
            result.facts.put("groupsOpened", codes.length);
            result.facts.put("joins201Total", joins);
            result.facts.put("groupFull409Total", full.sum());
            overFilled(api, result, failures, places);
            Object buy = campaign(api);
            long sold = ((BigDecimal) Json.path(buy, "sold")).longValue();
            long allocation = ((BigDecimal) Json.path(buy, "allocation")).longValue();
            result.facts.put("campaignSold", sold);
            result.facts.put("campaignAllocation", allocation);
            if (sold != places || sold > allocation) {
                failures.add("the group buy counts " + sold + " sold of an allocation of " + allocation + "; "
                        + codes.length + " leaders and " + joins + " joins answered 201");
            }
            Map<?, ?> b = Stock.balance(api, admin, sku, store);
            long held = Stock.num(b, "reserved");
            result.facts.put("unitsHeld", held);
            // the leaders' orders are paid (issued from on hand), the joins' are not (held)
            if (held != joins || Stock.num(b, "onHand") != stock - codes.length
                || Stock.num(b, "available") != stock - places) {
                failures.add("the SKU's balance is not " + (stock - codes.length) + " on hand with " + joins
                        + " held (received " + stock + ", " + codes.length + " leaders paid): " + b);
            }
            Stock.reconcile(api, admin, result, failures);
            return failures;
        }

        /** Every group of the campaign: at most its size in places held; all of them together the places answered. */
        private void overFilled(Api api, Result result, List<String> failures, long places) throws Exception {
            long holding = 0;
            int groups = 0;
            int over = 0;
            int filled = 0;
            String cursor = null;
            do {
                Object page = Stock.call(api, admin, api.get("/api/v1/group-buys/" + campaign + "/groups?limit=100"
                        + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor,
                        StandardCharsets.UTF_8))), 200);
                for (Object g : (List<?>) Json.path(page, "items")) {
                    int held = ((BigDecimal) Json.path(g, "paidMembers")).intValue()
                               + ((BigDecimal) Json.path(g, "pendingMembers")).intValue();
                    int size = ((BigDecimal) Json.path(g, "size")).intValue();
                    groups++;
                    holding += held;
                    over += held > size ? 1 : 0;
                    filled += held == size ? 1 : 0;
                }
                cursor = (String) Json.path(page, "nextCursor");
            } while (cursor != null);
            result.facts.put("groupsFull", filled);
            result.facts.put("groupsOverFilled", over);
            result.facts.put("placesHeld", holding);
            if (groups != codes.length || over > 0 || holding != places) {
                failures.add(groups + " groups (" + codes.length + " opened), " + over + " over-filled, " + holding
                        + " places held for " + places + " answered 201 (leaders and joins)");
            }
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return Targets.reported(mine, run, referenceRps);
        }
    }

    /** Reading the POS scenarios' answers, and the visibility probe of pos-sale. */
    static final class Pos {

        /** "422 pos.shift.none"-like: the status and the problem's code (its type's last segment). */
        static String problem(int status, String body) {
            try {
                Object type = Json.path(Json.parse(body), "type");
                if (type instanceof String t) {
                    return status + " " + t.substring(t.lastIndexOf('/') + 1);
                }
            } catch (RuntimeException e) {
                return status + " unreadable";
            }
            return Integer.toString(status);
        }

        /**
         * A sale at the till is visible online within the same request: a fresh SKU sold online with
         * {@link PosSaleScenario#PROBE_SALES} at one till's store and nowhere else; after each sale of one unit at
         * that till, the shop's product page, read right after the sale's answer, shows one unit less.
         */
        static void onlineAtOnce(Api api, Tills tills, Result result, List<String> failures) throws Exception {
            String[] till = tills.tills.get(0);
            String category = Stock.category(api, tills.session, tills.tag + "-probe");
            String body = "{\"code\":" + Json.quote(RUN_ID + "-" + tills.tag + "-probe") + ",\"name\":"
                    + Json.quote("Bench probe " + tills.tag) + ",\"categoryId\":" + Json.quote(category)
                    + ",\"unit\":\"pcs\",\"channels\":" + Stock.ONLINE + ",\"specAttributes\":[]}";
            Object product = Stock.call(api, tills.session, api.postJson("/api/v1/products", body,
                    Stock.key("product")), 201);
            String productId = (String) Json.path(product, "id");
            String sku = (String) Json.path(product, "skus", 0, "id");
            Stock.call(api, tills.session, Orders.put(api, "/api/v1/skus/" + sku + "/prices",
                    "{\"prices\":[{\"kind\":\"LIST\",\"priceFen\":" + Orders.PRICE + "}]}"), 200);
            Stock.call(api, tills.session, api.postJson("/api/v1/products/" + productId + "/on-shelf", "{}",
                    Stock.key("on-shelf")), 200);
            Stock.receive(api, tills.session, sku, till[1], PosSaleScenario.PROBE_SALES);
            long before = online(api, productId, sku);
            List<String> late = new ArrayList<>();
            for (int i = 1; i <= PosSaleScenario.PROBE_SALES; i++) {
                String sale = Tills.sale(java.util.UUID.randomUUID().toString(), new String[]{sku}, null);
                Object order = Stock.call(api, tills.session, api.postJson(Tills.BASE + "/" + till[0] + "/sales",
                        sale, Stock.key("probe")), 201);
                tills.answered(order);
                long now = online(api, productId, sku);
                if (now != before - i) {
                    late.add("after sale " + i + " the shop shows " + now + ", not " + (before - i));
                }
            }
            result.facts.put("onlineProbeSales", PosSaleScenario.PROBE_SALES);
            result.facts.put("onlineProbeStale", late.size());
            if (before != PosSaleScenario.PROBE_SALES || !late.isEmpty()) {
                failures.add("the shop's online stock did not follow the till's sales at once: before " + before
                        + ", " + late);
            }
        }

        /** The online stock the shop's product page shows for the SKU. */
        static long online(Api api, String productId, String sku) throws Exception {
            HttpResponse<String> r = api.send(api.get(Customer.SHOP + "/products/" + productId).build());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET the shop's product " + productId + ": HTTP " + r.statusCode());
            }
            for (Object s : (List<?>) Json.path(Json.parse(r.body()), "skus")) {
                if (sku.equals(Json.path(s, "id"))) {
                    return ((BigDecimal) Json.path(s, "onlineStock")).longValueExact();
                }
            }
            throw new IllegalStateException("the shop's product " + productId + " does not list SKU " + sku);
        }
    }

    static final class Api {
        final URI base;
        final Duration timeout;
        private final HttpClient control;

        Api(URI base, Duration timeout) {
            this.base = base;
            this.timeout = timeout;
            this.control = newClient();
        }

        URI uri(String path) {
            return base.resolve(path);
        }

        HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(uri(path)).timeout(timeout).GET();
        }

        /** A JSON POST; pass an idempotency key for mutating API calls (unique per action), or null. */
        HttpRequest.Builder postJson(String path, String json, String idempotencyKey) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            return idempotencyKey == null ? b : b.header("Idempotency-Key", idempotencyKey);
        }

        /** Set-up/check call on the control client (not measured). */
        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return control.send(request, HttpResponse.BodyHandlers.ofString());
        }

        Session login(String login, String password) throws Exception {
            Session s = new Session(this, login, password);
            s.signIn();
            return s;
        }

        /**
         * HTTP/1.1 with keep-alive. Answers are handled on the client's selector thread (direct executor)
         * instead of being handed to a thread pool: on 2 cores that halves the driver's CPU use.
         */
        HttpClient newClient() {
            return HttpClient.newBuilder().executor(Runnable::run).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        }
    }

    /** A signed-in staff member. Signs in again shortly before the access token expires (900 s by default). */
    static final class Session {
        private final Api api;
        private final String login;
        private final String password;
        private volatile String bearer;
        private volatile long renewAt;

        Session(Api api, String login, String password) {
            this.api = api;
            this.login = login;
            this.password = password;
        }

        /** "Bearer <access token>", valid for at least another minute. */
        String bearer() {
            if (System.nanoTime() - renewAt >= 0) {
                synchronized (this) {
                    if (System.nanoTime() - renewAt >= 0) {
                        try {
                            signIn();
                        } catch (Exception e) {
                            throw new IllegalStateException("signing in again as " + login + " failed", e);
                        }
                    }
                }
            }
            return bearer;
        }

        synchronized void signIn() throws Exception {
            long before = System.nanoTime();
            HttpResponse<String> r = api.send(api.postJson("/api/v1/auth/login",
                    "{\"login\":" + Json.quote(login) + ",\"password\":" + Json.quote(password) + "}", null).build());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("login as " + login + ": HTTP " + r.statusCode() + " " + r.body());
            }
            Object tokens = Json.parse(r.body());
            Object expiresIn = Json.path(tokens, "expiresIn");
            long seconds = expiresIn instanceof BigDecimal d ? d.longValue() : 900;
            bearer = "Bearer " + Json.path(tokens, "accessToken");
            renewAt = before + Duration.ofSeconds(Math.max(10, seconds - 60)).toNanos();
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Measurement
    // ------------------------------------------------------------------------------------------------------

    // ------------------------------------------------------------------------------------------------------
    // Flash sale (issue 12): 秒殺 prices claimed through orders, an allocation that never oversells
    // ------------------------------------------------------------------------------------------------------

    /**
     * A flash sale (秒殺) through orders: every client places an ONLINE pickup order of 1 unit of ONE fresh SKU
     * that a running flash sale sells at 9.90 instead of 15.00, 1 per customer ({@code POST /api/v1/orders} as the
     * demo admin, each request for a customer of its own, as the staff order API allows: price with the flash step,
     * route, hold, claim the unit in the order's transaction, record). In the measured window the allocation
     * ({@link #ALLOCATION}, stock as much) lasts, so 201 is an order at the flash price; the check: every 201 (warm-up
     * included) is one unit sold of the allocation and one unit held, none refused. Then the sell-out phase, the
     * issue's claim: a fresh SKU and sale with an allocation of {@link #N} (stock 10 x N), as many threads as clients
     * each ordering until it got {@link SellOut#REFUSALS} clean 409 sold-out answers (problem+json naming
     * {@code lines[0].skuId}): exactly N orders, sold = N, held = N, nothing else; the 201s' and 409s' latencies.
     */
    static final class FlashSaleScenario extends StockWriteScenario {
        static final long ALLOCATION = Long.getLong("bench.flash.allocation", 200_000);
        static final long N = Long.getLong("bench.flash.n", 500);
        static final String SOLD_OUT = "409 flash-sold-out";
        private final String tag = "flash" + Stock.INSTANCES.incrementAndGet();
        private int clients = 256;
        private Session session;
        private String store;
        private String sku;
        private String sale;
        private long allocation;
        private double setUpSeconds;

        public String name() {
            return "flash-sale";
        }

        public String about() {
            return "POST /api/v1/orders, ONLINE pickup of 1 unit of ONE SKU at its flash price (1 per customer, a"
                    + " customer per order); then an allocation of " + N + " claimed by every client until sold out";
        }

        boolean mayRunOut() {
            return true;
        }

        public String outcome(int status, String body) {
            return soldOut(status, body);
        }

        public boolean expected(String outcome) {
            return SOLD_OUT.equals(outcome);
        }

        public void answered(int status, String outcome) {
            if (status == 201) {
                created.increment();
            } else if (SOLD_OUT.equals(outcome)) {
                soldOut.increment();
            }
        }

        public void willRun(int clients) {
            this.clients = clients;
        }

        public void setUp(Api api) throws Exception {
            fixture(api, ALLOCATION);
        }

        public void setUpPreWarm(Api api) throws Exception {
            fixture(api, ALLOCATION);
        }

        private void fixture(Api api, long units) throws Exception {
            long began = System.nanoTime();
            session = api.login("admin@demo", "Demo@2026");
            store = Orders.stores(api, session).get(0);
            sku = Orders.skus(api, session, tag, 1)[0];
            allocation = units;
            Holds.freshBalance(api, session, sku, store, units);
            sale = sale(api, session, sku, units);
            setUpSeconds = (System.nanoTime() - began) / 1e9;
            log.printf(Locale.ROOT, "   %s set-up: SKU %s at store %s, %,d on hand, flash sale %s of %,d, %.1f s%n",
                    name(), sku, store, units, sale, units, setUpSeconds);
        }

        /** A running flash sale of the SKU: 9.90 (list 15.00), 1 per customer, online, this allocation. */
        static String sale(Api api, Session s, String sku, long units) throws Exception {
            java.time.Instant now = java.time.Instant.now();
            Object created = Stock.call(api, s, api.postJson("/api/v1/flash-sales", "{\"name\":\"bench 秒杀\","
                    + "\"items\":[{\"skuId\":" + Json.quote(sku) + ",\"price\":990,\"allocation\":" + units + "}],"
                    + "\"perCustomer\":1,\"channels\":[\"ONLINE\"],\"startsAt\":\"" + now.minusSeconds(60)
                    + "\",\"endsAt\":\"" + now.plus(Duration.ofDays(1)) + "\"}", Stock.key("flash")), 201);
            return (String) Json.path(created, "id");
        }

        /** One order of one unit of the SKU for a customer of its own (so the per-customer limit never refuses). */
        static HttpRequest place(Api api, Session s, String key, String sku, String store) {
            String customer = java.util.UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
            return api.postJson("/api/v1/orders", "{\"channel\":\"ONLINE\",\"fulfilment\":\"PICKUP\",\"storeId\":"
                            + Json.quote(store) + ",\"customerId\":" + Json.quote(customer) + ",\"lines\":[{\"skuId\":"
                            + Json.quote(sku) + ",\"quantity\":1}]}", key)
                    .header("Authorization", s.bearer()).build();
        }

        /** A 409 naming the line's SKU is the clean sold-out refusal; any other 409 is not. */
        static String soldOut(int status, String body) {
            if (status != 409) {
                return Integer.toString(status);
            }
            try {
                return "lines[0].skuId".equals(Json.path(Json.parse(body), "errors", 0, "field")) ? SOLD_OUT
                        : "409 other";
            } catch (RuntimeException e) {
                return "409 unreadable";
            }
        }

        public HttpRequest next(Api api, int worker, long seq) {
            return place(api, session, "bench-" + RUN_ID + "-" + tag + "-" + worker + "-" + seq, sku, store);
        }

        public List<String> check(Api api, Result result) throws Exception {
            result.facts.put("setUpSeconds", setUpSeconds);
            List<String> failures = Holds.oneBalance(api, session, result, "flash orders", sku, store, allocation,
                    created.sum(), soldOut.sum());
            long sold = sold(api, session, sale);
            result.facts.put("flashSold", sold);
            if (sold != created.sum()) {
                failures.add("the flash sale counts " + sold + " sold, " + created.sum() + " orders answered 201");
            }
            sellOut(api, result, failures);
            Stock.reconcile(api, session, result, failures);
            return failures;
        }

        static long sold(Api api, Session s, String sale) throws Exception {
            Object read = Stock.call(api, s, api.get("/api/v1/flash-sales/" + sale), 200);
            return ((BigDecimal) Json.path(read, "items", 0, "sold")).longValue();
        }

        /** The issue's claim: N units, as many threads as clients until each got its sold-out answers. */
        private void sellOut(Api api, Result result, List<String> failures) throws Exception {
            String out = Orders.skus(api, session, tag + "-out", 1)[0];
            Holds.freshBalance(api, session, out, store, 10 * N);
            String outSale = sale(api, session, out, N);
            Histogram[] sold = new Histogram[clients];
            Histogram[] refused = new Histogram[clients];
            Map<String, Long> errors = new java.util.concurrent.ConcurrentHashMap<>();
            long began = System.nanoTime();
            long deadline = began + SellOut.LIMIT.toNanos();
            Stock.parallel(clients, clients, t -> {
                Histogram yes = sold[t] = new Histogram();
                Histogram no = refused[t] = new Histogram();
                while (no.total < SellOut.REFUSALS && System.nanoTime() - deadline < 0) {
                    long from = System.nanoTime();
                    HttpResponse<String> a = api.send(place(api, session, Stock.key(tag), out, store));
                    long micros = (System.nanoTime() - from) / 1_000;
                    String outcome = soldOut(a.statusCode(), a.body());
                    if (a.statusCode() == 201) {
                        yes.record(micros);
                    } else if (SOLD_OUT.equals(outcome)) {
                        no.record(micros);
                    } else {
                        errors.merge(outcome, 1L, Long::sum);
                        return;
                    }
                }
            });
            Histogram ok = new Histogram();
            Histogram no = new Histogram();
            for (int t = 0; t < clients; t++) {
                ok.add(sold[t]);
                no.add(refused[t]);
            }
            long held = Stock.num(Stock.balance(api, session, out, store), "reserved");
            long claimed = sold(api, session, outSale);
            result.facts.put("sellOutStock", N);
            result.facts.put("sellOutSold201", ok.total);
            result.facts.put("sellOutRefused409", no.total);
            result.facts.put("sellOutHeld", held);
            result.facts.put("sellOutFlashSold", claimed);
            result.facts.put("sellOutSeconds", (System.nanoTime() - began) / 1e9);
            result.facts.put("sellOut201P99Ms", ok.quantile(0.99) / 1000.0);
            result.facts.put("sellOut409P99Ms", no.quantile(0.99) / 1000.0);
            result.notes.add(String.format(Locale.ROOT, "   sell-out phase: allocation %,d (stock %,d), %d clients:"
                            + " %,d orders (201) p50 %s / p99 %s ms, then %,d clean sold-out (409) p50 %s / p99 %s ms,"
                            + " sold %,d, held %,d, %d errors", N, 10 * N, clients, ok.total, ms(ok.quantile(0.50)),
                    ms(ok.quantile(0.99)), no.total, ms(no.quantile(0.50)), ms(no.quantile(0.99)), claimed, held,
                    errors.values().stream().mapToLong(Long::longValue).sum()));
            if (!errors.isEmpty()) {
                failures.add("sell-out phase: answers neither 201 nor a clean sold-out 409: " + errors);
            }
            if (ok.total != N || claimed != N || held != N) {
                failures.add("sell-out phase: " + ok.total + " orders (201), flash sold " + claimed + ", held " + held
                        + " for an allocation of " + N);
            }
            if (no.total < (long) clients * SellOut.REFUSALS) {
                failures.add("sell-out phase: only " + no.total + " sold-out answers before the time limit");
            }
        }

        public List<String> targets(Result mine, List<Result> run, double referenceRps) {
            return Targets.orders(mine, run, referenceRps);
        }
    }

    /**
     * The issues' speed targets, judged after a run against other results of the same run and printed after the
     * table (and in the BENCH lines' {@code targets}). Reported, not checked: on a shared 2-core machine the figures
     * move from run to run, so a missed target is a finding to look into, not a broken invariant (those fail the
     * check). A target whose other side did not run says so instead of a verdict.
     */
    static final class Targets {
        /** Issue 11, order-hot and order-spread: >= 25 % of me's rate, p99 <= 2 x me-256's, 409s no slower. */
        static List<String> orders(Result r, List<Result> run, double referenceRps) {
            return List.of(ratioToReference(r, referenceRps, 0.25), p99Against(r, run, "me-256", 2),
                    refusalsNoSlower(r));
        }

        /**
         * Issue 12, wallet-spend: no threshold, the figures the issue asks for: req/s as a ratio to the reference's,
         * p99 against me-256's.
         */
        static List<String> reported(Result r, List<Result> run, double referenceRps) {
            Result o = run.stream().filter(x -> x.scenario.equals("me-256")).findFirst().orElse(null);
            long mine = r.latency.quantile(0.99);
            return List.of(referenceRps <= 0 ? "req/s vs " + REFERENCE + "'s: not judged, " + REFERENCE
                            + " did not run" : String.format(Locale.ROOT, "reported: req/s %s = %.3f x %s's %s",
                            fmt(r.rps(), 0), r.rps() / referenceRps, REFERENCE, fmt(referenceRps, 0)),
                    o == null ? "p99 vs me-256's: not judged, me-256 did not run" : String.format(Locale.ROOT,
                            "reported: p99 %s ms = %.2f x me-256's p99 %s ms", ms(mine),
                            mine / (double) Math.max(1, o.latency.quantile(0.99)), ms(o.latency.quantile(0.99))));
        }

        /** Successes per second (while stock lasted) at least {@code least} x the reference's. */
        static String ratioToReference(Result r, double referenceRps, double least) {
            if (referenceRps <= 0) {
                return "req/s vs " + REFERENCE + "'s: not judged, " + REFERENCE + " did not run";
            }
            double ratio = r.rpsWhileOk() / referenceRps;
            return verdict(ratio >= least, String.format(Locale.ROOT, "req/s %s = %.3f x %s's %s (target >= %.2f x)",
                    fmt(r.rpsWhileOk(), 0), ratio, REFERENCE, fmt(referenceRps, 0), least));
        }

        /** p99 at most {@code most} x the p99 of scenario {@code other} in the same run. */
        static String p99Against(Result r, List<Result> run, String other, double most) {
            Result o = run.stream().filter(x -> x.scenario.equals(other)).findFirst().orElse(null);
            if (o == null) {
                return "p99 vs " + other + "'s: not judged, " + other + " did not run";
            }
            long mine = r.latency.quantile(0.99);
            long theirs = o.latency.quantile(0.99);
            return verdict(mine <= most * theirs, String.format(Locale.ROOT, "p99 %s ms = %.2f x %s's p99 %s ms"
                    + " (target <= %.0f x)", ms(mine), mine / (double) Math.max(1, theirs), other, ms(theirs), most));
        }

        /** Requests/s at least {@code least} x those of scenario {@code other} in the same run. */
        static String rateAgainst(Result r, List<Result> run, String other, double least) {
            Result o = run.stream().filter(x -> x.scenario.equals(other)).findFirst().orElse(null);
            if (o == null || o.rps() <= 0) {
                return "req/s vs " + other + "'s: not judged, " + other + " did not run (or had no success)";
            }
            double ratio = r.rps() / o.rps();
            return verdict(ratio >= least, String.format(Locale.ROOT, "req/s %s = %.3f x %s's %s (target >= %.2f x)",
                    fmt(r.rps(), 0), ratio, other, fmt(o.rps(), 0), least));
        }

        /**
         * Clean out-of-stock answers no slower than the successes: p99 of the 409s <= p99 of the 201s, in the
         * measured window when it sold out, and in the sell-out phase.
         */
        static String refusalsNoSlower(Result r) {
            List<String> parts = new ArrayList<>();
            boolean met = true;
            if (r.expected > 0 && r.ok > 0) {
                long no = r.expectedLatency.quantile(0.99);
                long yes = r.okLatency.quantile(0.99);
                met = no <= yes;
                parts.add("in the window " + ms(no) + " vs " + ms(yes) + " ms");
            }
            if (r.facts.get("sellOut409P99Ms") instanceof Double no && r.facts.get("sellOut201P99Ms") instanceof Double yes
                && r.facts.get("sellOutRefused409") instanceof Long n && n > 0) {
                met &= no <= yes;
                parts.add("in the sell-out phase " + fmt(no, 2) + " vs " + fmt(yes, 2) + " ms");
            }
            if (parts.isEmpty()) {
                return "409 out-of-stock p99 vs the 201s': not judged, no out-of-stock answer";
            }
            return verdict(met, "409 out-of-stock p99 no slower than the 201s': " + String.join("; ", parts));
        }

        private static String verdict(boolean met, String line) {
            return (met ? "met: " : "MISSED: ") + line;
        }
    }

    /**
     * Log-linear latency histogram in microseconds: exact below 128 us, then 64 buckets per power of two
     * (values within 1.6 %). Percentiles report the top of their bucket, capped at the exact maximum.
     */
    static final class Histogram {
        private static final int SUB = 64;
        final long[] counts = new long[128 + 58 * SUB];
        long total;
        long max;

        void record(long micros) {
            counts[index(micros)]++;
            total++;
            if (micros > max) {
                max = micros;
            }
        }

        void add(Histogram other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            total += other.total;
            max = Math.max(max, other.max);
        }

        static int index(long v) {
            if (v < 128) {
                return (int) Math.max(0, v);
            }
            int h = 63 - Long.numberOfLeadingZeros(v);
            int shift = h - 6;
            return 128 + (h - 7) * SUB + (int) ((v >> shift) - SUB);
        }

        static long highest(int index) {
            if (index < 128) {
                return index;
            }
            int h = (index - 128) / SUB + 7;
            int shift = h - 6;
            long top = (index - 128) % SUB + SUB;
            return ((top + 1) << shift) - 1;
        }

        /** Microseconds at or below which {@code q} (0..1) of the values lie. */
        long quantile(double q) {
            if (total == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(q * total));
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= rank) {
                    return Math.min(highest(i), max);
                }
            }
            return max;
        }
    }

    /** One worker's tallies; only its own thread writes them until it has been joined. */
    static final class Tally {
        final Histogram latency = new Histogram();
        final Histogram okLatency = new Histogram();
        final Histogram expectedLatency = new Histogram();
        final Map<String, Long> outcomes = new HashMap<>();
        long ok;
        long expected;
        long errors;
        /** nanoTime of the last successful answer in the window (0: none). */
        long lastOkAt;

        void count(String outcome) {
            outcomes.merge(outcome, 1L, Long::sum);
        }
    }

    /** What one scenario run measured. */
    static final class Result {
        String scenario; // with its pace, e.g. "reserve-hot@0.5"
        final int clients;
        final double seconds;
        final Histogram latency = new Histogram();
        /** The successes' latency and the expected answers' (e.g. out-of-stock once sold out), apart. */
        final Histogram okLatency = new Histogram();
        final Histogram expectedLatency = new Histogram();
        final Map<String, Long> outcomes = new TreeMap<>();
        final Map<String, Long> errorsByOutcome = new TreeMap<>();
        long ok;
        long expected;
        long errors;
        /** Seconds from the window's start to its last success; shorter than {@code seconds} after a sell-out. */
        double okSeconds;
        /** Scenario-specific figures (set-up time, stock, counts) that its check adds; reported with the result. */
        final Map<String, Object> facts = new LinkedHashMap<>();
        List<String> failures = List.of();
        /** Share of the whole machine (all cores = 100 %) used in the measured window; -1 when unknown. */
        double cpuDriver = -1;
        double cpuServer = -1;
        double cpuMachine = -1;
        /** Calls timed one after another (aged): no requests/s and no ratio to the reference. */
        boolean sequential;
        /** The scenario's set-up failed part-way (the driver exits 3 after the report). */
        boolean setUpFailed;
        /** Lines the report prints after the facts, e.g. a scenario's own table. */
        final List<String> notes = new ArrayList<>();
        /** The issue's speed targets as judged after the run (Scenario.targets). */
        List<String> targets = List.of();

        Result(String scenario, int clients, double seconds) {
            this.scenario = scenario;
            this.clients = clients;
            this.seconds = seconds;
        }

        long requests() {
            return ok + expected + errors;
        }

        /** Share of the machine used by neither the driver nor the server (other processes, kernel). */
        double otherCpu() {
            return cpuMachine - cpuDriver - cpuServer;
        }

        double rps() {
            return ok / seconds;
        }

        /** Successes per second until the last one: the rate while stock lasted when it ran out in the window. */
        double rpsWhileOk() {
            return okSeconds > 0 ? ok / okSeconds : rps();
        }

        /** A mutable list holding a failure if any request failed; checks add their own to it. */
        List<String> errorsMustBeZero() {
            List<String> failures = new ArrayList<>();
            if (errors > 0) {
                failures.add(errors + " request(s) failed: " + errorsByOutcome);
            }
            if (ok == 0) {
                failures.add("no successful request in the measured window");
            }
            return failures;
        }
    }

    /**
     * An answer as the workers see it: the status, the body only if the scenario reads it, and for an exchange of
     * several requests the step that failed (null: the only or last one).
     */
    record Answer(int status, String body, String step) {
        Answer(int status, String body) {
            this(status, body, null);
        }

        static Answer of(HttpResponse<String> r) {
            return new Answer(r.statusCode(), r.body());
        }

        /** This answer as the failure of an earlier step of an exchange, e.g. "cart/items". */
        Answer at(String name) {
            return new Answer(status, body, name);
        }

        /** Its outcome: the status, or what {@code named} makes of status and body; a failed step's name first. */
        String outcome(java.util.function.BiFunction<Integer, String, String> named) {
            String outcome = body == null ? Integer.toString(status) : named.apply(status, body);
            return step == null ? outcome : step + " " + outcome;
        }
    }

    /** How a worker sends its requests. */
    interface Transport {
        Answer send(HttpRequest request, Scenario scenario) throws IOException, InterruptedException;
    }

    /** The JDK's HttpClient (shared by all workers, or one per worker). */
    record ClientTransport(HttpClient client) implements Transport {
        @Override
        public Answer send(HttpRequest request, Scenario scenario) throws IOException, InterruptedException {
            HttpResponse<String> answer = client.send(request, info -> scenario.readsBody(info.statusCode())
                    ? HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8)
                    : HttpResponse.BodySubscribers.replacing(null));
            return new Answer(answer.statusCode(), answer.body());
        }
    }

    /**
     * One blocking keep-alive HTTP/1.1 connection per worker, written and read directly: one write and usually
     * one read per request. The JDK's HttpClient routes every connection through one selector thread and costs
     * the driver about a fifth of the 2 cores it shares with the server; this leaves that CPU to the server.
     * It speaks only what the server answers: a status line, headers, and a body by Content-Length or chunked.
     */
    static final class RawConnection implements Transport {
        private final Api api;
        private java.net.Socket socket;
        private java.io.InputStream in;
        private java.io.OutputStream out;
        private final byte[] buffer = new byte[16 * 1024];
        private int start;
        private int end;

        RawConnection(Api api) {
            this.api = api;
        }

        @Override
        public Answer send(HttpRequest request, Scenario scenario) throws IOException {
            try {
                if (socket == null) {
                    connect(request.uri());
                }
                out.write(bytesOf(request));
                out.flush();
                return read(scenario);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private void connect(URI uri) throws IOException {
            socket = new java.net.Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout((int) api.timeout.toMillis());
            in = socket.getInputStream();
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
            start = end = 0;
        }

        private void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a broken connection: nothing left to do
                }
            }
            socket = null;
        }

        private static byte[] bytesOf(HttpRequest request) {
            byte[] body = bodyOf(request);
            URI uri = request.uri();
            StringBuilder head = new StringBuilder(512).append(request.method()).append(' ').append(uri.getRawPath());
            if (uri.getRawQuery() != null) {
                head.append('?').append(uri.getRawQuery());
            }
            head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
            request.headers().map().forEach((name, values) -> values.forEach(
                    v -> head.append(name).append(": ").append(v).append("\r\n")));
            if (body.length > 0 || !request.method().equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(h, h.length + body.length);
            System.arraycopy(body, 0, all, h.length, body.length);
            return all;
        }

        /** The body a BodyPublisher holds (the driver only uses in-memory publishers, which publish at once). */
        private static byte[] bodyOf(HttpRequest request) {
            var publisher = request.bodyPublisher().orElse(null);
            if (publisher == null || publisher.contentLength() == 0) {
                return new byte[0];
            }
            var bytes = new java.io.ByteArrayOutputStream();
            var done = new java.util.concurrent.CompletableFuture<Void>();
            publisher.subscribe(new java.util.concurrent.Flow.Subscriber<java.nio.ByteBuffer>() {
                public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                    s.request(Long.MAX_VALUE);
                }

                public void onNext(java.nio.ByteBuffer b) {
                    byte[] chunk = new byte[b.remaining()];
                    b.get(chunk);
                    bytes.writeBytes(chunk);
                }

                public void onError(Throwable t) {
                    done.completeExceptionally(t);
                }

                public void onComplete() {
                    done.complete(null);
                }
            });
            done.join();
            return bytes.toByteArray();
        }

        private Answer read(Scenario scenario) throws IOException {
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new java.net.ProtocolException("not an HTTP/1.1 status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    closes = value.equalsIgnoreCase("close");
                }
            }
            var body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    copy(size, body);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers: none expected, skipped
                }
            } else if (length > 0) {
                copy(length, body);
            } else if (length < 0 && status != 204 && status != 304) {
                throw new java.net.ProtocolException("answer " + status + " without a length");
            }
            if (closes) {
                close();
            }
            return new Answer(status, scenario.readsBody(status) ? body.toString(StandardCharsets.UTF_8) : null);
        }

        private void fill() throws IOException {
            if (start == end) {
                start = end = 0;
            } else if (end == buffer.length) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                throw new java.io.EOFException("the server closed the connection");
            }
            end += n;
        }

        private String line() throws IOException {
            var text = new java.io.ByteArrayOutputStream(64);
            while (true) {
                for (int i = start; i < end; i++) {
                    if (buffer[i] == '\n') {
                        text.write(buffer, start, i - start);
                        start = i + 1;
                        byte[] b = text.toByteArray();
                        int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
                        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
                    }
                }
                text.write(buffer, start, end - start);
                start = end;
                fill();
            }
        }

        private void copy(long count, java.io.ByteArrayOutputStream to) throws IOException {
            while (count > 0) {
                if (start == end) {
                    fill();
                }
                int n = (int) Math.min(count, end - start);
                to.write(buffer, start, n);
                start += n;
                count -= n;
            }
        }
    }

    static final class Worker extends Thread {
        private final Scenario scenario;
        private final Api api;
        private final Transport client;
        private final int id;
        private final long measureFrom;
        private final long stopAt;
        private final LongAdder progress;
        private final long slowNanos;
        private final java.util.concurrent.atomic.AtomicInteger slowLogged;
        final Tally tally = new Tally();
        /** Open loop: the k-th request is due at firstAt + k * interval; 0 = closed loop (send at once). */
        private final long interval;
        private final long firstAt;

        Worker(Scenario scenario, Api api, Transport client, int id, long measureFrom, long stopAt,
               LongAdder progress, long slowNanos, java.util.concurrent.atomic.AtomicInteger slowLogged,
               long interval, long firstAt) {
            super("load-" + scenario.name() + "-" + id);
            setDaemon(true);
            this.scenario = scenario;
            this.api = api;
            this.client = client;
            this.id = id;
            this.measureFrom = measureFrom;
            this.stopAt = stopAt;
            this.progress = progress;
            this.slowNanos = slowNanos;
            this.slowLogged = slowLogged;
            this.interval = interval;
            this.firstAt = firstAt;
        }

        @Override
        public void run() {
            for (long seq = 0; ; seq++) {
                long start = System.nanoTime();
                if (interval > 0) {
                    // Latency counts from when the request was due, not from when a late worker got to send it,
                    // so a slow answer cannot hide the requests that queued behind it (coordinated omission).
                    long due = firstAt + seq * interval;
                    if (due - start > 0) {
                        try {
                            Thread.sleep((due - start) / 1_000_000, (int) ((due - start) % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    start = due;
                }
                if (start - stopAt >= 0) {
                    return;
                }
                String outcome;
                int status = 0;
                try {
                    Answer answer = scenario.exchange(api, client, id, seq);
                    status = answer.status();
                    outcome = answer.outcome(scenario::outcome);
                    scenario.answered(status, outcome);
                } catch (HttpConnectTimeoutException e) {
                    outcome = "connect-timeout";
                } catch (HttpTimeoutException e) {
                    outcome = "timeout";
                } catch (ConnectException e) {
                    outcome = "connect-refused";
                } catch (java.net.SocketTimeoutException e) {
                    outcome = "timeout";
                } catch (IOException e) {
                    outcome = "io:" + e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    outcome = "driver:" + e.getClass().getSimpleName();
                }
                long end = System.nanoTime();
                progress.increment();
                if (slowNanos > 0 && end - start > slowNanos && end - measureFrom >= 0 && end - stopAt <= 0
                        && slowLogged.getAndIncrement() < 20) {
                    log.printf(Locale.ROOT, "   slow: worker %d request %d took %.1f ms (%s), started %.3f s after the"
                            + " window opened%n", id, seq, (end - start) / 1e6, outcome, (start - measureFrom) / 1e9);
                }
                if (status == 0) {
                    try {
                        Thread.sleep(10); // no answer at all (server gone?): do not spin
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (end - measureFrom < 0 || end - stopAt > 0) {
                    continue; // warm-up, or finished after the window closed
                }
                tally.count(outcome);
                long micros = (end - start) / 1_000;
                if (status != 0) {
                    tally.latency.record(micros);
                }
                if (status != 0 && scenario.ok(status) && outcome.equals(Integer.toString(status))) {
                    tally.ok++;
                    tally.okLatency.record(micros);
                    tally.lastOkAt = end;
                } else if (scenario.expected(outcome)) {
                    tally.expected++;
                    tally.expectedLatency.record(micros);
                } else {
                    tally.errors++;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Running
    // ------------------------------------------------------------------------------------------------------

    record Options(URI baseUrl, List<String> scenarios, Integer clients, Map<String, Integer> clientsByScenario,
                   int prewarm, boolean recheck, int warmup, int duration, int timeout, String httpClient,
                   Path out, List<Long> serverPids, int slowMs, String dbUrl) {
    }

    static final PrintStream log = System.err;

    public static void main(String[] args) throws Exception {
        // the JDK's HTTP server (the events scenario's webhook receiver) writes an answer's headers and body apart;
        // with Nagle's algorithm on, the body waits for the sender's delayed ACK: about 40 ms for every delivery,
        // which capped the receiver near 8 / 40 ms whatever the server did. Read once, when the server class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            log.println("load driver: " + e.getMessage() + " (--help lists the options)");
            System.exit(2);
            return;
        }
        if (o == null) {
            System.out.println(usage());
            return;
        }
        Db.url = o.dbUrl;
        Api api = new Api(o.baseUrl, Duration.ofSeconds(o.timeout));
        try {
            HttpResponse<String> health = api.send(api.get("/actuator/health").build());
            if (health.statusCode() != 200) {
                throw new IOException("GET /actuator/health answered HTTP " + health.statusCode());
            }
        } catch (IOException e) {
            log.println("load driver: server at " + o.baseUrl + " is not answering: " + e);
            System.exit(3);
        }

        List<String> plan = new ArrayList<>(o.scenarios);
        if (o.recheck && plan.contains(REFERENCE) && plan.stream().distinct().count() > 1) {
            plan.remove(REFERENCE);
            plan.add(0, REFERENCE);
            plan.add(REFERENCE);
        }
        if (o.prewarm > 0) {
            List<String> distinct = o.scenarios.stream().map(LoadDriver::baseName).distinct().toList();
            int each = Math.max(1, o.prewarm / distinct.size());
            log.printf(Locale.ROOT, "%n== server warm-up: %d s of %s, not recorded%n", each * distinct.size(),
                    String.join(", ", distinct));
            for (String name : distinct) {
                Scenario scenario = SCENARIOS.get(name).get();
                scenario.willRun(clients(scenario, o));
                setUp(scenario, api, true);
                run(scenario, api, clients(scenario, o), 0, each, o, false, 0);
                String failed = tearDown(scenario, api);
                if (failed != null) {
                    log.println("load driver: " + failed);
                }
            }
        }
        List<Result> results = new ArrayList<>();
        List<Scenario> measured = new ArrayList<>();
        Map<String, Integer> runs = new HashMap<>();
        for (String name : plan) {
            Scenario scenario = SCENARIOS.get(baseName(name)).get();
            scenario.willRun(clients(scenario, o));
            setUp(scenario, api, false);
            double rate = 0;
            if (name.contains("@")) {
                Result reference = results.stream().filter(r -> r.scenario.equals(REFERENCE)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(name + " needs " + REFERENCE + " measured first"));
                rate = pace(name) * reference.rps();
            }
            Result result;
            Exception stopped = null;
            try {
                result = scenario.measure(api);
            } catch (Exception e) {
                log.println("load driver: " + name + " stopped: " + e);
                stopped = e;
                result = new Result(name, 1, 0);
                result.sequential = true;
            }
            if (result == null) {
                result = run(scenario, api, clients(scenario, o), o.warmup, o.duration, o, true, rate);
            }
            // The reference keeps its name (first and last run); another scenario's later runs are NAME #2, #3 …
            int n = runs.merge(name, 1, Integer::sum);
            result.scenario = n == 1 || name.equals(REFERENCE) ? name : name + " #" + n;
            try {
                result.failures = new ArrayList<>(scenario.check(api, result));
            } catch (Exception e) {
                List<String> failures = result.errorsMustBeZero();
                failures.add("check threw " + e);
                result.failures = failures;
            }
            if (stopped != null) {
                result.failures.add("stopped: " + stopped);
            }
            String failed = tearDown(scenario, api);
            if (failed != null) {
                result.failures.add(failed);
            }
            results.add(result);
            measured.add(scenario);
        }
        double referenceRps = results.stream().filter(r -> r.scenario.equals(REFERENCE)).mapToDouble(Result::rps)
                .average().orElse(0);
        for (int i = 0; i < results.size(); i++) {
            results.get(i).targets = measured.get(i).targets(results.get(i), results, referenceRps);
        }
        report(results, o);
        if (results.stream().anyMatch(r -> r.setUpFailed)) {
            System.exit(3);
        }
        System.exit(results.stream().allMatch(r -> r.failures.isEmpty()) ? 0 : 1);
    }

    /** "reserve-hot@0.5" is reserve-hot paced at 0.5 x the reference's req/s; a plain name is closed loop. */
    static String baseName(String name) {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }

    static double pace(String name) {
        try {
            return Double.parseDouble(name.substring(name.indexOf('@') + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad pace in " + name);
        }
    }

    static int clients(Scenario scenario, Options o) {
        return o.clientsByScenario.getOrDefault(scenario.name(),
                o.clients != null ? o.clients : scenario.defaultClients());
    }

    static void setUp(Scenario scenario, Api api, boolean preWarm) {
        try {
            if (preWarm) {
                scenario.setUpPreWarm(api);
            } else {
                scenario.setUp(api);
            }
        } catch (Exception e) {
            log.println("load driver: set-up of " + scenario.name() + " failed: " + e);
            System.exit(3);
        }
    }

    /** The scenario's tear-down; null when it went well, else what went wrong. */
    static String tearDown(Scenario scenario, Api api) {
        try {
            scenario.tearDown(api);
            return null;
        } catch (Exception e) {
            return "tear-down of " + scenario.name() + " failed: " + e;
        }
    }

    /** Runs one scenario: {@code warmup} s unrecorded, then {@code duration} s recorded (if {@code measured}). */
    static Result run(Scenario scenario, Api api, int clients, int warmup, int duration, Options o, boolean measured,
                      double rate) throws InterruptedException {
        if (measured) {
            log.printf(Locale.ROOT, "%n== %s: %s%n   %d clients, %d s warm-up, %d s measured%s%n",
                    scenario.name(), scenario.about(), clients, warmup, duration, rate > 0
                            ? String.format(Locale.ROOT, ", OPEN LOOP paced at %.0f requests/s", rate) : "");
        } else {
            log.printf(Locale.ROOT, "   %s: %d clients for %d s%n", scenario.name(), clients, duration);
        }
        HttpClient shared = o.httpClient.equals("shared") ? api.newClient() : null;
        LongAdder progress = new LongAdder();
        long begin = System.nanoTime();
        long measureFrom = begin + Duration.ofSeconds(warmup).toNanos();
        long stopAt = measureFrom + Duration.ofSeconds(duration).toNanos();
        List<Worker> workers = new ArrayList<>();
        var slowLogged = new java.util.concurrent.atomic.AtomicInteger();
        long interval = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
        if (measured) {
            scenario.measuring(measureFrom, stopAt);
        }
        for (int i = 0; i < clients; i++) {
            Transport transport = o.httpClient.equals("raw") ? new RawConnection(api)
                    : new ClientTransport(shared != null ? shared : api.newClient());
            workers.add(new Worker(scenario, api, transport, i, measureFrom, stopAt,
                    progress, measured ? o.slowMs * 1_000_000L : 0, slowLogged, interval,
                    begin + interval * i / clients));
        }
        workers.forEach(Thread::start);

        long lastCount = 0;
        long lastTime = begin;
        long tick = begin;
        Cpu.Sample cpuFrom = null;
        Map<String, double[]> timersFrom = null;
        if (warmup == 0) {
            cpuFrom = Cpu.sample(o.serverPids);
            timersFrom = measured ? ServerTimers.sample(api) : null;
        }
        while (System.nanoTime() - stopAt < 0) {
            long next = Math.min(tick + Duration.ofSeconds(5).toNanos(), stopAt);
            if (cpuFrom == null && next - measureFrom >= 0) {
                next = measureFrom; // sample the CPU counters when the measured window opens
            }
            tick = next;
            long sleep = tick - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
            long now = System.nanoTime();
            long count = progress.sum();
            log.printf(Locale.ROOT, "   %5.1f s %-8s %,10.0f answers/s%n", (now - begin) / 1e9,
                    !measured || tick - measureFrom <= 0 ? "warm-up" : "measured",
                    (count - lastCount) / Math.max(1e-9, (now - lastTime) / 1e9));
            lastCount = count;
            lastTime = now;
            if (cpuFrom == null && now - measureFrom >= 0) {
                cpuFrom = Cpu.sample(o.serverPids);
                timersFrom = measured ? ServerTimers.sample(api) : null;
            }
        }
        Cpu.Sample cpuTo = Cpu.sample(o.serverPids);
        Map<String, double[]> timersTo = timersFrom == null ? null : ServerTimers.sample(api);
        long joinBy = System.nanoTime() + Duration.ofSeconds(o.timeout + 5).toNanos();
        for (Worker w : workers) {
            w.join(Math.max(1, (joinBy - System.nanoTime()) / 1_000_000));
        }
        Result result = new Result(scenario.name(), clients, duration);
        if (timersFrom != null) {
            ServerTimers.report(timersFrom, timersTo, result);
        }
        if (measured && cpuFrom != null) {
            cpuFrom.shareUntil(cpuTo, result);
            log.printf(Locale.ROOT,
                    "   CPU in the measured window, %% of all %d cores: driver %s, server %s, machine %s%n",
                    Runtime.getRuntime().availableProcessors(), pct(result.cpuDriver), pct(result.cpuServer),
                    pct(result.cpuMachine));
        }
        int stuck = 0;
        for (Worker w : workers) {
            if (w.isAlive()) {
                stuck++;
                w.interrupt();
                continue;
            }
            result.latency.add(w.tally.latency);
            result.okLatency.add(w.tally.okLatency);
            result.expectedLatency.add(w.tally.expectedLatency);
            result.ok += w.tally.ok;
            result.expected += w.tally.expected;
            result.errors += w.tally.errors;
            if (w.tally.lastOkAt != 0) {
                result.okSeconds = Math.max(result.okSeconds, (w.tally.lastOkAt - measureFrom) / 1e9);
            }
            w.tally.outcomes.forEach((k, v) -> result.outcomes.merge(k, v, Long::sum));
        }
        if (result.expected == 0 || result.okSeconds <= 0) {
            result.okSeconds = duration; // nothing ran out: the whole window
        }
        result.outcomes.forEach((k, v) -> {
            if (!(k.chars().allMatch(Character::isDigit) && scenario.ok(Integer.parseInt(k))) && !scenario.expected(k)) {
                result.errorsByOutcome.put(k, v);
            }
        });
        if (stuck > 0) {
            result.errorsByOutcome.merge("stuck-worker", (long) stuck, Long::sum);
            result.errors += stuck;
        }
        return result;
    }

    static void report(List<Result> results, Options o) throws IOException {
        List<Result> refs = results.stream().filter(r -> r.scenario.equals(REFERENCE)).toList();
        double refRps = refs.stream().mapToDouble(Result::rps).average().orElse(0);
        Double drift = refs.size() > 1 && refs.get(0).rps() > 0
                ? 100 * (refs.get(refs.size() - 1).rps() / refs.get(0).rps() - 1) : null;
        String date = LocalDate.now().toString();
        PrintStream out = System.out;
        out.println();
        out.println("| date | scenario | clients | requests | expected | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | vs "
                + REFERENCE + " | CPU driver/server/machine | check |");
        out.println("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        List<String> lines = new ArrayList<>();
        for (Result r : results) {
            String ratio = refRps == 0 || r.sequential ? "" : fmt(r.rps() / refRps, 3);
            String errors = r.errors == 0 ? "0" : r.errors + " " + r.errorsByOutcome;
            out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    date, r.scenario, r.clients, r.requests(), r.expected, errors, r.sequential ? "-" : fmt(r.rps(), 0),
                    ms(r.latency.quantile(0.50)),
                    ms(r.latency.quantile(0.90)), ms(r.latency.quantile(0.99)), ms(r.latency.max),
                    ratio.isEmpty() ? "-" : ratio,
                    pct(r.cpuDriver) + " / " + pct(r.cpuServer) + " / " + pct(r.cpuMachine),
                    r.failures.isEmpty() ? "pass" : "FAIL");
            StringBuilder json = new StringBuilder("{");
            json.append("\"date\":").append(Json.quote(date));
            json.append(",\"order\":").append(lines.size() + 1);
            json.append(",\"scenario\":").append(Json.quote(r.scenario));
            json.append(",\"clients\":").append(r.clients);
            json.append(",\"warmupS\":").append(o.warmup);
            json.append(",\"durationS\":").append(o.duration);
            json.append(",\"httpClient\":").append(Json.quote(o.httpClient));
            json.append(",\"requests\":").append(r.requests());
            json.append(",\"ok\":").append(r.ok);
            json.append(",\"expected\":").append(r.expected);
            json.append(",\"errors\":").append(r.errors);
            json.append(",\"outcomes\":{");
            json.append(String.join(",", r.outcomes.entrySet().stream()
                    .map(e -> Json.quote(e.getKey()) + ":" + e.getValue()).toList()));
            json.append("},\"rps\":").append(r.sequential ? "null" : fmt(r.rps(), 1));
            json.append(",\"okSeconds\":").append(fmt(r.okSeconds, 2));
            json.append(",\"rpsWhileOk\":").append(r.sequential ? "null" : fmt(r.rpsWhileOk(), 1));
            json.append(",\"sequential\":").append(r.sequential);
            json.append(",\"p50Ms\":").append(ms(r.latency.quantile(0.50)));
            json.append(",\"p90Ms\":").append(ms(r.latency.quantile(0.90)));
            json.append(",\"p99Ms\":").append(ms(r.latency.quantile(0.99)));
            json.append(",\"maxMs\":").append(ms(r.latency.max));
            json.append(",\"okP50Ms\":").append(ms(r.okLatency.quantile(0.50)));
            json.append(",\"okP99Ms\":").append(ms(r.okLatency.quantile(0.99)));
            json.append(",\"expectedP50Ms\":").append(r.expected == 0 ? "null" : ms(r.expectedLatency.quantile(0.50)));
            json.append(",\"expectedP99Ms\":").append(r.expected == 0 ? "null" : ms(r.expectedLatency.quantile(0.99)));
            json.append(",\"ratioTo").append(Character.toUpperCase(REFERENCE.charAt(0))).append(REFERENCE.substring(1))
                    .append("\":").append(ratio.isEmpty() ? "null" : ratio);
            json.append(",\"referenceRps\":").append(refRps == 0 ? "null" : fmt(refRps, 1));
            json.append(",\"referenceDriftPct\":").append(drift == null ? "null" : fmt(drift, 1));
            json.append(",\"prewarmS\":").append(o.prewarm);
            json.append(",\"cpuDriverPct\":").append(r.cpuDriver < 0 ? "null" : fmt(r.cpuDriver, 1));
            json.append(",\"cpuServerPct\":").append(r.cpuServer < 0 ? "null" : fmt(r.cpuServer, 1));
            json.append(",\"cpuMachinePct\":").append(r.cpuMachine < 0 ? "null" : fmt(r.cpuMachine, 1));
            json.append(",\"check\":").append(Json.quote(r.failures.isEmpty() ? "pass" : "fail"));
            json.append(",\"failures\":[").append(String.join(",", r.failures.stream().map(Json::quote).toList()));
            json.append("],\"targets\":[").append(String.join(",", r.targets.stream().map(Json::quote).toList()));
            json.append("],\"facts\":{").append(String.join(",", r.facts.entrySet().stream()
                    .map(e -> Json.quote(e.getKey()) + ":" + (e.getValue() instanceof Number n
                            ? (n instanceof Double d ? fmt(d, 2) : n.toString()) : Json.quote(String.valueOf(e.getValue()))))
                    .toList()));
            json.append("}}");
            lines.add(json.toString());
        }
        if (refs.size() > 1) {
            out.printf(Locale.ROOT,
                    "%n%s measured %d times: %s req/s (mean %s, last vs first %+.1f %%); ratios use the mean%n",
                    REFERENCE, refs.size(), String.join(", ", refs.stream().map(r -> fmt(r.rps(), 0)).toList()),
                    fmt(refRps, 0), drift);
            if (Math.abs(drift) > 10) {
                Result first = refs.get(0);
                Result last = refs.get(refs.size() - 1);
                double otherFirst = first.otherCpu();
                double otherLast = last.otherCpu();
                boolean known = first.cpuServer >= 0 && last.cpuServer >= 0;
                String why = !known ? "server still warming up, or other load on the machine changed"
                        : Math.abs(otherLast - otherFirst) >= 5
                        ? String.format(Locale.ROOT, "other load on the machine changed: besides driver and server,"
                        + " %.0f %% of the machine was busy during the first, %.0f %% during the last", otherFirst,
                        otherLast)
                        : "the server was probably still warming up: a longer --prewarm helps";
                out.println("WARNING: the reference moved by more than 10 % during the run (" + why
                        + "); treat the ratios as rough and run again");
            }
        }
        double refOther = refs.stream().filter(r -> r.cpuServer >= 0).mapToDouble(Result::otherCpu).average()
                .orElse(-1);
        for (Result r : results) {
            if (refOther >= 0 && r.cpuServer >= 0 && !r.scenario.equals(REFERENCE)
                    && Math.abs(r.otherCpu() - refOther) >= 10) {
                out.printf(Locale.ROOT, "WARNING: other processes used %.0f %% of the machine while %s ran,"
                        + " %.0f %% while %s ran: its ratio is skewed; run again%n", r.otherCpu(), r.scenario,
                        refOther, REFERENCE);
            }
        }
        for (Result r : results) {
            if (r.sequential) {
                out.printf(Locale.ROOT, "%n%s: %d timed calls, one at a time, in %s s; %d call(s) failed their check%n",
                        r.scenario, r.ok, fmt(r.seconds, 1), r.errors);
                r.facts.forEach((k, v) -> out.printf(Locale.ROOT, "   %s: %s%n", k,
                        v instanceof Double d ? fmt(d, 1) : v));
                r.notes.forEach(out::println);
            } else if (r.expected > 0 || !r.facts.isEmpty()) {
                out.printf(Locale.ROOT, "%n%s: %d ok, %d expected %s, %d errors; %s req/s over the whole window, %s req/s"
                                + " over the %s s until the last success%n", r.scenario, r.ok, r.expected,
                        r.outcomes.entrySet().stream().filter(e -> !r.errorsByOutcome.containsKey(e.getKey())
                                && !e.getKey().chars().allMatch(Character::isDigit)).map(e -> e.getKey() + " " + e.getValue())
                                .toList(), r.errors, fmt(r.rps(), 0), fmt(r.rpsWhileOk(), 0), fmt(r.okSeconds, 1));
                if (r.expected > 0) {
                    out.printf(Locale.ROOT, "   latency of the successes p50 %s / p99 %s ms; of the expected answers p50"
                                    + " %s / p99 %s ms%n", ms(r.okLatency.quantile(0.50)), ms(r.okLatency.quantile(0.99)),
                            ms(r.expectedLatency.quantile(0.50)), ms(r.expectedLatency.quantile(0.99)));
                }
                r.facts.forEach((k, v) -> out.printf(Locale.ROOT, "   %s: %s%n", k,
                        v instanceof Double d ? fmt(d, 1) : v));
                r.notes.forEach(out::println);
            }
        }
        if (results.stream().anyMatch(r -> !r.targets.isEmpty())) {
            out.printf(Locale.ROOT, "%nTargets of the issues (reported, not checked: see docs/benchmarks.md):%n");
            for (Result r : results) {
                r.targets.forEach(t -> out.printf(Locale.ROOT, "   %s: %s%n", r.scenario, t));
            }
        }
        out.println();
        for (String line : lines) {
            out.println("BENCH " + line);
        }
        for (Result r : results) {
            for (String f : r.failures) {
                out.println("CHECK FAILED " + r.scenario + ": " + f);
            }
        }
        if (o.out != null) {
            Files.write(o.out, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    static String ms(long micros) {
        return fmt(micros / 1000.0, micros < 10_000 ? 2 : 1);
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * The server's own timers (Micrometer, from {@code /actuator/prometheus}, which bench/run.sh opens on the bench
     * server's loopback port) over the measured window: where the server spent its time, e.g. the share of the
     * reservation rounds' transactions spent writing their events to the event log (issue 10's outbox cost),
     * measured inside one run and so free of the machine's drift between runs.
     */
    static final class ServerTimers {
        private static final java.util.regex.Pattern SUM_OR_COUNT = java.util.regex.Pattern.compile(
                "^(oneshelf_[a-z_]+)_seconds_(sum|count)(\\{[^}]*})? ([0-9.eE+-]+)$");

        /** Per timer: {seconds, count}; empty when the metrics cannot be read. */
        static Map<String, double[]> sample(Api api) {
            Map<String, double[]> timers = new TreeMap<>();
            try {
                HttpResponse<String> r = api.send(api.get("/actuator/prometheus").build());
                if (r.statusCode() != 200) {
                    return timers;
                }
                r.body().lines().map(SUM_OR_COUNT::matcher).filter(java.util.regex.Matcher::matches).forEach(m -> {
                    double[] t = timers.computeIfAbsent(m.group(1), k -> new double[2]);
                    t[m.group(2).equals("sum") ? 0 : 1] += Double.parseDouble(m.group(4));
                });
            } catch (Exception e) {
                timers.clear();
            }
            return timers;
        }

        /** Facts serverMs.NAME and serverCount.NAME per timer that ran in the window, and the outbox's share. */
        static void report(Map<String, double[]> from, Map<String, double[]> to, Result result) {
            Map<String, long[]> spent = new TreeMap<>();
            to.forEach((name, t) -> {
                double[] f = from.getOrDefault(name, new double[2]);
                if (t[1] - f[1] > 0) {
                    spent.put(name.replaceFirst("^oneshelf_", "").replaceFirst("_duration$", ""),
                            new long[] {Math.round((t[0] - f[0]) * 1000), Math.round(t[1] - f[1])});
                }
            });
            spent.forEach((name, t) -> {
                result.facts.put("serverMs." + name, t[0]);
                result.facts.put("serverCount." + name, t[1]);
            });
            long[] events = spent.get("events_write");
            long[] rounds = spent.get("reservation_round");
            // only where every event is written inside a round (holds); an order writes its own in its transaction
            boolean holdsOnly = result.scenario.startsWith("reserve-") || result.scenario.equals("events");
            if (holdsOnly && events != null && rounds != null && rounds[0] > 0) {
                result.facts.put("eventWriteShareOfRoundsPct", Math.round(1000.0 * events[0] / rounds[0]) / 10.0);
            }
        }
    }

    /**
     * CPU time from /proc (Linux): the whole machine's busy time, this driver's, and the server processes'
     * (each given pid with all its descendants, e.g. the JVM and the PostgreSQL postmaster with its backends).
     */
    static final class Cpu {
        record Sample(long machineBusy, long machineTotal, long driver, long server, boolean serverKnown) {
            void shareUntil(Sample to, Result r) {
                if (machineTotal < 0 || to.machineTotal < 0) {
                    return;
                }
                double total = to.machineTotal - machineTotal;
                if (total <= 0) {
                    return;
                }
                r.cpuMachine = 100 * (to.machineBusy - machineBusy) / total;
                r.cpuDriver = 100 * (to.driver - driver) / total;
                if (serverKnown && to.serverKnown) {
                    r.cpuServer = 100 * (to.server - server) / total;
                }
            }
        }

        static Sample sample(List<Long> serverPids) {
            try {
                String[] f = Files.readString(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim()
                        .split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length && i <= 8; i++) { // user..steal; guest is inside user already
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                long driver = ticks(ProcessHandle.current().pid());
                long server = 0;
                boolean known = !serverPids.isEmpty();
                for (long pid : serverPids) {
                    var handle = ProcessHandle.of(pid);
                    if (handle.isEmpty()) {
                        known = false;
                        continue;
                    }
                    server += ticks(pid);
                    for (ProcessHandle d : handle.get().descendants().toList()) {
                        server += ticks(d.pid());
                    }
                }
                return new Sample(total - idle, total, driver, server, known);
            } catch (Exception e) {
                return new Sample(-1, -1, 0, 0, false);
            }
        }

        /** utime + stime of one process (all its threads), in clock ticks; 0 if it is gone. */
        static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception e) {
                return 0;
            }
        }
    }

    static String pct(double v) {
        return v < 0 ? "?" : fmt(v, 0) + "%";
    }

    // ------------------------------------------------------------------------------------------------------
    // Arguments
    // ------------------------------------------------------------------------------------------------------

    static String usage() {
        StringBuilder s = new StringBuilder(String.format("""
                usage: java bench/LoadDriver.java [options]
                  --base-url URL       server to load; loopback addresses only (default http://127.0.0.1:8080)
                  --scenario NAMES     comma-separated scenario names, or "all" (default all)
                                       NAME@F runs NAME open loop, paced at F x the req/s %s measured
                                       first in this run (e.g. reserve-hot@0.5); latency then counts from
                                       when each request was due
                  --clients N          concurrent closed-loop clients for every scenario (default: each
                                       scenario's own); or per scenario: --clients me=16,health=32
                  --prewarm S          once, before any measurement: run the chosen scenarios unrecorded for
                                       S seconds in all, so the server's JIT is warm (default 150: on 2
                                       cores C2 still compiles for about two minutes)
                  --warmup S           unrecorded seconds before each measurement (default 5)
                  --duration S         measured seconds per scenario (default 20)
                  --timeout S          per-request timeout (default 30)
                  --http-client MODE   raw (default: one plain keep-alive socket per worker, written and
                                       read directly: least driver CPU), shared (one JDK HttpClient,
                                       one keep-alive connection per client) or per-worker (one
                                       HttpClient per worker thread)
                  --out FILE           also append the machine-readable result lines (JSON) to FILE
                  --server-pids P,...  server processes (with their children) whose CPU use to report;
                                       bench/run.sh passes the JVM's and PostgreSQL's
                  --no-recheck         do not measure the reference scenario (%s) again at the end; by
                                       default, when it runs with others, it runs first and last, and
                                       the ratios use the mean of both
                  --slow-ms MS         log (up to 20 per scenario) requests slower than MS, for diagnosis
                  --db-url URL         the server's database, for set-up in SQL (aged):
                                       jdbc:postgresql://127.0.0.1:PORT/postgres?user=postgres, with the
                                       PostgreSQL JDBC driver on the class path (java -cp postgresql.jar …);
                                       bench/run.sh passes both
                  --list               list the scenarios
                scenarios ("all" is every one but %s; a name may appear more than once, e.g.
                me,reserve-hot,aged,reserve-hot, and its later runs are reported as NAME #2 …):
                """, REFERENCE, REFERENCE, String.join(", ", BY_NAME_ONLY)));
        SCENARIOS.forEach((name, make) -> {
            Scenario sc = make.get();
            s.append(String.format(Locale.ROOT, "  %-12s %s (default %d clients)%n", name, sc.about(),
                    sc.defaultClients()));
        });
        return s.toString();
    }

    static Options parse(String[] args) {
        URI base = URI.create("http://127.0.0.1:8080/");
        List<String> scenarios = all();
        Integer clients = null;
        Map<String, Integer> clientsBy = new HashMap<>();
        int prewarm = 150;
        boolean recheck = true;
        int warmup = 5;
        int duration = 20;
        int timeout = 30;
        String httpClient = "raw";
        Path out = null;
        List<Long> serverPids = new ArrayList<>();
        int slowMs = 0;
        String dbUrl = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (a.equals("--help") || a.equals("-h") || a.equals("--list")) {
                return null;
            }
            if (a.equals("--no-recheck")) {
                recheck = false;
                continue;
            }
            if (v == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + a);
                }
                v = args[++i];
            }
            switch (a) {
                case "--base-url" -> base = URI.create(v.endsWith("/") ? v : v + "/");
                case "--scenario", "--scenarios" -> {
                    scenarios = v.equals("all") ? all()
                            : Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
                    for (String name : scenarios) {
                        if (!SCENARIOS.containsKey(baseName(name))) {
                            throw new IllegalArgumentException("unknown scenario " + name);
                        }
                        if (name.contains("@")) {
                            double f = pace(name);
                            if (!(f > 0 && f <= 10)) {
                                throw new IllegalArgumentException("pace of " + name + " must be in (0, 10]");
                            }
                        }
                    }
                }
                case "--clients" -> {
                    for (String part : v.split(",")) {
                        int at = part.indexOf('=');
                        if (at < 0) {
                            clients = bounded("--clients", part, 1, 4096);
                        } else {
                            String name = part.substring(0, at).trim();
                            if (!SCENARIOS.containsKey(name)) {
                                throw new IllegalArgumentException("unknown scenario " + name + " in --clients");
                            }
                            clientsBy.put(name, bounded("--clients", part.substring(at + 1), 1, 4096));
                        }
                    }
                }
                case "--prewarm" -> prewarm = bounded(a, v, 0, 1800);
                case "--warmup" -> warmup = bounded(a, v, 0, 600);
                case "--duration" -> duration = bounded(a, v, 1, 3600);
                case "--timeout" -> timeout = bounded(a, v, 1, 300);
                case "--http-client" -> {
                    if (!List.of("shared", "per-worker", "raw").contains(v)) {
                        throw new IllegalArgumentException("--http-client is shared, per-worker or raw");
                    }
                    httpClient = v;
                }
                case "--out" -> out = Path.of(v);
                case "--db-url" -> {
                    requireLoopbackDatabase(v);
                    dbUrl = v;
                }
                case "--slow-ms" -> slowMs = bounded(a, v, 1, 3_600_000);
                case "--server-pids" -> {
                    for (String pid : v.split(",")) {
                        if (!pid.isBlank()) {
                            serverPids.add((long) bounded(a, pid, 1, Integer.MAX_VALUE));
                        }
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenario");
        }
        requireLoopback(base);
        return new Options(base, scenarios, clients, clientsBy, prewarm, recheck, warmup, duration, timeout, httpClient,
                out, List.copyOf(serverPids), slowMs, dbUrl);
    }

    static int bounded(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be " + min + ".." + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + value);
        }
    }

    /** The aged scenario writes to the server's database: only ever to one on this machine. */
    static void requireLoopbackDatabase(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--db-url must be jdbc:postgresql://host:port/database…, not " + url);
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalArgumentException("--db-url must name a loopback address; " + uri.getHost()
                            + " is " + a.getHostAddress());
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in --db-url: " + uri.getHost());
        }
    }

    /** Load is only ever sent to a server on this machine. */
    static void requireLoopback(URI base) {
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("--base-url must be http(s)://host:port, not " + base);
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(base.getHost())) {
                if (!a.isLoopbackAddress()) {
                    throw new IllegalArgumentException("--base-url must be a loopback address (127.0.0.1, localhost,"
                            + " [::1]); " + base.getHost() + " is " + a.getHostAddress());
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + base.getHost());
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Minimal JSON (for set-up and checks; objects become LinkedHashMap, arrays List, numbers BigDecimal)
    // ------------------------------------------------------------------------------------------------------

    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object v = p.value();
            p.ws();
            if (p.i != p.s.length()) {
                throw p.error("trailing characters");
            }
            return v;
        }

        /** Walks objects by key and arrays by index: path(doc, "items", 0, "id"); null where absent. */
        static Object path(Object doc, Object... steps) {
            Object at = doc;
            for (Object step : steps) {
                if (at instanceof Map<?, ?> m && step instanceof String k) {
                    at = m.get(k);
                } else if (at instanceof List<?> l && step instanceof Integer n && n >= 0 && n < l.size()) {
                    at = l.get(n);
                } else {
                    return null;
                }
            }
            return at;
        }

        static String quote(String v) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }

        private Object value() {
            ws();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (peek('}')) {
                        return m;
                    }
                    do {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                    } while (peek(','));
                    expect('}');
                    return m;
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (peek(']')) {
                        return l;
                    }
                    do {
                        l.add(value());
                        ws();
                    } while (peek(','));
                    expect(']');
                    return l;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (start == i) {
                        throw error("unexpected '" + c + "'");
                    }
                    return new BigDecimal(s.substring(start, i));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + i);
        }
    }
}
