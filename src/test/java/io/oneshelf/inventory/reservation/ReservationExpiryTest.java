package io.oneshelf.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Forgotten holds give their stock back, once, however many server instances run the job. */
class ReservationExpiryTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    @Autowired
    ReservationExpiry expiry;

    @Autowired
    ReservationService service;

    @Test
    void a_reservation_past_its_expiry_is_released_by_the_job_and_can_no_longer_be_confirmed() throws Exception {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(sku, brand.storeId(), 5);
        Reply held = admin.reserve("CART-1", 1, List.of(StockClient.line(sku, brand.storeId(), 4)));
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(5, 4, 1);

        Thread.sleep(1_200);
        expiry.run();

        assertThat(api.get("/api/v1/stock/reservations/" + held.id(), admin.token()).body().get("status").asString())
                .isEqualTo("EXPIRED");
        assertThat(admin.balance(sku, brand.storeId())).containsExactly(5, 0, 5);
        assertThat(admin.confirm(held.id()).status()).isEqualTo(409);
        admin.assertLedgerMatchesBalances();
    }

    @Test
    void two_instances_expiring_at_once_release_each_reservation_exactly_once() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        admin.receive(sku, brand.storeId(), 100);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(admin.reserveOne("CART-" + i, sku, brand.storeId(), 1).id());
        }
        brands.jdbc().sql("update stock_reservation set expires_at = now() - interval '1 second' where tenant_id = :t")
                .param("t", brand.tenantId()).update();

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> drain(5));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> drain(5));
        one.join();
        two.join();

        assertThat(admin.balance(sku, brand.storeId())).containsExactly(100, 0, 100);
        assertThat(brands.jdbc().sql("select count(*) from stock_movement where tenant_id = :t and kind = 'RELEASE'")
                .param("t", brand.tenantId()).query(Long.class).single()).isEqualTo(40);
        assertThat(ids).allSatisfy(id -> assertThat(api.get("/api/v1/stock/reservations/" + id, admin.token())
                .body().get("status").asString()).isEqualTo("EXPIRED"));
        admin.assertLedgerMatchesBalances();
    }

    /** One "instance": claims small batches until nothing is due. */
    private int drain(int batch) {
        int total = 0;
        int expired;
        do {
            expired = service.expireDue(batch);
            total += expired;
        } while (expired > 0);
        return total;
    }
}
