package io.oneshelf.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.oneshelf.inventory.StockClient;
import io.oneshelf.order.Orders;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database connections stay shared (decision 0047): a flood of events keeps the module listeners to their share
 * of the pool while requests are answered, and reading an order takes one connection at a time (docs/benchmarks.md,
 * Issue 13: after a mass offline sync, the pool was gone and requests failed after 30 s).
 */
class ListenerShareTest extends ApiTest {

    private static final int EVENTS = 240;

    @Autowired
    LoadListener listener;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    HikariDataSource pool;
    @Autowired
    Orders orders;
    @Autowired
    SkuFixture skus;
    @Value("${oneshelf.events.listener-threads}")
    int listenerThreads;

    @Test
    void a_flood_of_events_keeps_listeners_to_their_share_of_the_pool_while_a_request_is_answered_at_once() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        listener.reset();
        String run = UUID.randomUUID().toString();

        // one transaction publishing many facts, as a sync of many sales does: each listener call holds a connection
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < EVENTS; i++) {
                publisher.publishEvent(new LoadListener.Load(run, 50));
            }
        });
        Eventually.until("the listeners to be busy", Duration.ofSeconds(10), listener::done, n -> n > 0);
        long started = System.nanoTime();
        Reply answered = api.get("/api/v1/orders?limit=5", admin);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        int drainedMeanwhile = listener.done();

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(tookMs).as("a request while listeners drain").isLessThan(2_000);
        assertThat(drainedMeanwhile).as("listeners still draining when it was answered").isLessThan(EVENTS);
        Eventually.until("every event to be heard", Duration.ofSeconds(25), listener::done, n -> n >= EVENTS);
        assertThat(listener.most()).as("listener calls at once").isBetween(2, listenerThreads);
        assertThat(listenerThreads).isLessThanOrEqualTo(pool.getMaximumPoolSize() / 4);
        assertThat(listener.thread()).startsWith(AsyncListeners.THREAD_PREFIX);
    }

    @Test
    void an_order_is_read_with_one_connection_even_when_the_pool_has_only_one_left() throws Exception {
        Brand brand = brands.aBrand();
        String cashier = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        UUID order = anOrder(brand, cashier);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize() - 1; i++) {
                held.add(pool.getConnection());
            }
            // outside a transaction every query takes a connection: one taken while another is still open would
            // wait for the pool's 30 s timeout here
            var read = CompletableFuture.supplyAsync(() -> orders.find(brand.tenantId(), order));

            assertThat(read.get(10, TimeUnit.SECONDS)).hasValueSatisfying(o -> assertThat(o.lines()).isNotEmpty());
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    private UUID anOrder(Brand brand, String cashier) {
        UUID tea = skus.aPricedSku(brand, 1500);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(new StockClient(api, admin).receive(tea, brand.storeId(), 1).status()).isEqualTo(201);
        Reply sale = api.post("/api/v1/orders", cashier, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "lines", List.of(Map.of("skuId", tea, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 1500, "cashTendered", 1500))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        return UUID.fromString(sale.id());
    }
}
