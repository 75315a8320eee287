package io.oneshelf.loyalty.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.Rejection;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Points paid in parallel by one customer never take more than they have. */
class PointsConcurrencyTest extends ApiTest {

    @Autowired
    PointsDesk desk;
    @Autowired
    PointsLedger ledger;
    @Autowired
    PointsCheck check;

    @Test
    void fifty_parallel_redemptions_never_overdraw_the_balance() throws Exception {
        Brand brand = brands.aBrand();
        UUID customer = UUID.randomUUID();
        // 10,000 yuan paid at the default rule (1 point a yuan): 10,000 points
        desk.earn(PointsOrders.aPaidOrder(brand.tenantId(), customer, UUID.randomUUID(), 1_000_000, 0), null, 100);
        assertThat(ledger.balance(brand.tenantId(), customer)).isEqualTo(10_000);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID payment = UUID.randomUUID();
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    // 7 yuan at 100 points a yuan: 700 points
                    desk.redeem(PointsOrders.aMove(brand.tenantId(), customer, payment, payment, 700));
                    return true;
                } catch (Rejection refused) {
                    assertThat(refused.faults().get(0).field()).isEqualTo("amount");
                    return false;
                }
            }));
        }
        start.countDown();
        int taken = 0;
        for (Future<Boolean> t : tries) {
            taken += t.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(taken).isEqualTo(14);
        assertThat(ledger.balance(brand.tenantId(), customer)).isEqualTo(10_000 - 14 * 700);
        assertThat(check.check(brand.tenantId(), customer).differences()).isEmpty();
    }
}
