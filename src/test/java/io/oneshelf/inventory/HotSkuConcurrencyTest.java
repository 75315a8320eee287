package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A flash sale: many clients at once reserve one unit each of one hot SKU. Nobody may get stock that is not there. */
class HotSkuConcurrencyTest extends ApiTest {

    private static final int STOCK = 200;
    private static final int CLIENTS = 32;
    private static final int ATTEMPTS = 320;

    @Autowired
    SkuFixture skus;

    @Test
    void exactly_the_stock_is_reserved_and_every_other_client_hears_out_of_stock() throws Exception {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient cashier = new StockClient(api, api.login(brand.login("cashier"), BrandFixture.PASSWORD));
        new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD))
                .receive(sku, brand.storeId(), STOCK);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> sampledAvailable = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                sampledAvailable.add(brands.jdbc().sql("select on_hand - reserved from stock_balance where sku_id = :s")
                        .param("s", sku).query(Long.class).single());
            }
        });
        sampler.start();

        List<Reply> replies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                String reference = "FLASH-" + i;
                futures.add(pool.submit(() -> cashier.reserveOne(reference, sku, brand.storeId(), 1)));
            }
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        running.set(false);
        sampler.join();

        assertThat(replies.stream().filter(r -> r.status() == 201).count()).isEqualTo(STOCK);
        assertThat(replies.stream().filter(r -> r.status() != 201))
                .hasSize(ATTEMPTS - STOCK)
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.toString()).isEqualTo(409);
                    assertThat(r.body().get("type").asString()).endsWith("/out-of-stock");
                });
        assertThat(cashier.balance(sku, brand.storeId())).containsExactly(STOCK, STOCK, 0);
        assertThat(sampledAvailable).isNotEmpty().allSatisfy(a -> assertThat(a).isBetween(0L, (long) STOCK));
        assertThat(brands.count("stock_movement", brand.tenantId())).isEqualTo(1 + STOCK);
        cashier.assertLedgerMatchesBalances();
    }
}
