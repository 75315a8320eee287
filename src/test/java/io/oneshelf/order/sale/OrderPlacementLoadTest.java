package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Placing an order waits for the reservation desk, whose rounds need database connections of their own: orders
 * placed at once by more callers than the pool has connections must all be answered, not wait for the pool's
 * timeout (they did while each request held a connection in the idempotency filter's transaction), and an
 * Idempotency-Key keeps its exact answer for the caller who used it, and only for them.
 */
class OrderPlacementLoadTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    private Brand brand;
    private String admin;
    private String guide;
    private UUID tea;

    @BeforeEach
    void aStoreWithTeas() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), "Passw0rd!");
        guide = api.login(brand.login("guide"), "Passw0rd!");
        tea = skus.aPricedSku(brand, 800);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 0)).status()).isEqualTo(200);
        assertThat(new StockClient(api, admin).receive(tea, brand.storeId(), 10_000).status()).isEqualTo(201);
    }

    @Test
    void three_times_as_many_orders_at_once_as_the_pool_has_connections_are_all_placed() throws Exception {
        int callers = 3 * poolSize;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                replies.add(pool.submit(() -> api.post("/api/v1/orders", guide, order(1))));
            }
            for (Future<Reply> reply : replies) {
                Reply r = reply.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(brands.jdbc().sql("select count(*) from sales_order where tenant_id = :t")
                .param("t", brand.tenantId()).query(Long.class).single()).isEqualTo(callers);
    }

    @Test
    void a_repeated_key_replays_the_answer_and_the_same_key_of_another_caller_is_another_order() {
        String key = UUID.randomUUID().toString();
        Reply first = api.send("POST", "/api/v1/orders", guide, order(2), key);
        Reply again = api.send("POST", "/api/v1/orders", guide, order(2), key);
        Reply other = api.send("POST", "/api/v1/orders", admin, order(2), key);
        Reply changed = api.send("POST", "/api/v1/orders", guide, order(3), key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.raw()).isEqualTo(first.raw());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
    }

    private Map<String, Object> order(long teas) {
        return Map.of("channel", "GUIDE", "fulfilment", "PICKUP", "storeId", brand.storeId(),
                "customerId", UUID.fromString("00000000-0000-7000-8000-000000000001"),
                "lines", List.of(Map.of("skuId", tea, "quantity", teas)));
    }
}
