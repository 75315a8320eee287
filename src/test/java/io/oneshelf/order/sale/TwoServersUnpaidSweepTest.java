package io.oneshelf.order.sale;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.oneshelf.OneShelfApplication;
import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The auto-cancel job of TWO server instances on one database, sweeping the same expired orders at once, more of
 * them than one batch claims: every expired order is cancelled exactly once (one step, one event), the paid ones
 * are left alone, and all the held stock comes back. (OrderApiTest runs two sweeps in one instance.)
 */
class TwoServersUnpaidSweepTest extends ApiTest {

    private static final int EXPIRED = UnpaidOrders.BATCH * 2 + 7;

    @Autowired
    SkuFixture skus;

    @Autowired
    DataSource dataSource;

    @Autowired
    UnpaidOrders here;

    @Test
    void two_instances_sweeping_at_once_cancel_each_expired_order_once() throws Exception {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), "Passw0rd!");
        StockClient stock = new StockClient(api, admin);
        UUID tea = skus.aPricedSku(brand, 800);
        assertThat(api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 0)).status()).isEqualTo(200);
        stock.receive(tea, brand.storeId(), EXPIRED + 3);
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < EXPIRED + 3; i++) {
            Reply placed = api.post("/api/v1/orders", admin, Map.of("channel", "GUIDE", "fulfilment", "PICKUP",
                    "storeId", brand.storeId(), "customerId", UUID.randomUUID(),
                    "lines", List.of(Map.of("skuId", tea, "quantity", 1))));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            orders.add(placed.id());
        }
        List<String> paid = orders.subList(EXPIRED, orders.size());
        for (String order : paid) {
            assertThat(api.post("/api/v1/orders/" + order + "/payments", admin, Map.of("tender", "CASH",
                    "amount", 800, "cashTendered", 1000)).status()).isEqualTo(200);
        }
        brands.jdbc().sql("update sales_order set expires_at = now() - interval '1 minute' where tenant_id = :t")
                .param("t", brand.tenantId()).update();

        HikariDataSource db = (HikariDataSource) dataSource;
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(OneShelfApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + db.getJdbcUrl(),
                        "spring.datasource.username=" + db.getUsername(),
                        "spring.datasource.password=" + (db.getPassword() == null ? "" : db.getPassword()))
                .run()) {
            UnpaidOrders there = second.getBean(UnpaidOrders.class);

            var one = CompletableFuture.runAsync(here::sweep);
            var two = CompletableFuture.runAsync(there::sweep);
            one.get();
            two.get();
        }

        OrderMoney books = new OrderMoney(api, brands.jdbc(), brand.tenantId());
        for (String order : orders.subList(0, EXPIRED)) {
            var o = books.order(admin, order);
            assertThat(o.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(o.get("timeline")).hasSize(2);
            assertThat(books.events("order.order.cancelled", order)).isEqualTo(1);
        }
        for (String order : paid) {
            assertThat(books.status(admin, order)).isIn("PAID", "FULFILLING");
            assertThat(books.events("order.order.cancelled", order)).isZero();
        }
        assertThat(stock.balance(tea, brand.storeId())).containsExactly(EXPIRED, 0, EXPIRED);
        stock.assertLedgerMatchesBalances();
        books.assertPaymentBooksReconcile(admin);
    }
}
