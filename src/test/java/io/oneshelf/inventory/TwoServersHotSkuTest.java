package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.oneshelf.OneShelfApplication;
import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A flash sale served by TWO server instances on one database, each settling its own rounds of reservations:
 * together they still hold exactly the stock there is, and every refused client hears "out of stock".
 */
class TwoServersHotSkuTest extends ApiTest {

    private static final int STOCK = 300;
    private static final int CLIENTS_EACH = 24;
    private static final int ATTEMPTS_EACH = 400;

    @Autowired
    SkuFixture skus;

    @Autowired
    DataSource dataSource;

    @Test
    void two_instances_selling_one_sku_at_once_never_hold_more_than_the_stock() throws Exception {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String token = api.login(brand.login("cashier"), BrandFixture.PASSWORD);
        new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD)).receive(sku, brand.storeId(), STOCK);
        HikariDataSource db = (HikariDataSource) dataSource;
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(OneShelfApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + db.getJdbcUrl(),
                        "spring.datasource.username=" + db.getUsername(),
                        "spring.datasource.password=" + (db.getPassword() == null ? "" : db.getPassword()))
                .run()) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            StockClient one = new StockClient(api, token);
            StockClient two = new StockClient(new Api("http://127.0.0.1:" + secondPort), token);

            List<Reply> replies = sell(List.of(one, two), sku, brand.storeId());

            assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(STOCK);
            assertThat(replies.stream().filter(r -> r.status() != 201)).hasSize(2 * ATTEMPTS_EACH - STOCK)
                    .allSatisfy(r -> assertThat(r.body().get("type").asString()).as(r.toString())
                            .endsWith("/out-of-stock"));
            assertThat(one.balance(sku, brand.storeId())).containsExactly(STOCK, STOCK, 0);
            assertThat(two.balance(sku, brand.storeId())).containsExactly(STOCK, STOCK, 0);
            assertThat(brands.count("stock_reservation", brand.tenantId())).isEqualTo(STOCK);
            one.assertLedgerMatchesBalances();
        }
    }

    private static List<Reply> sell(List<StockClient> servers, UUID sku, UUID store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS_EACH * servers.size());
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS_EACH; i++) {
                for (int s = 0; s < servers.size(); s++) {
                    StockClient server = servers.get(s);
                    String reference = "FLASH-" + s + "-" + i;
                    futures.add(pool.submit(() -> server.reserveOne(reference, sku, store, 1)));
                }
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
}
