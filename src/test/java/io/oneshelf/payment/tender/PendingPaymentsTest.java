package io.oneshelf.payment.tender;

import static io.oneshelf.payment.tender.PaymentFixture.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.payment.Payment;
import io.oneshelf.payment.PaymentStatus;
import io.oneshelf.payment.Payments;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The active query job: pending gateway payments older than query-after are asked about, and two instances
 * claiming at once never take the same payment.
 */
class PendingPaymentsTest extends ApiTest {

    @Autowired
    Payments payments;

    @Autowired
    PendingPayments job;

    @Test
    void two_instances_claiming_at_once_share_the_pending_payments_without_overlap() throws Exception {
        Brand brand = brands.aBrand();
        PaymentFixture fixture = new PaymentFixture(payments, brands.jdbc());
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            mine.add(fixture.wechat(brand.tenantId(), brand.storeId(), anOrder(), 100 + i).id());
        }
        age(brand);

        ExecutorService instances = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            List<Future<List<UUID>>> claims = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claims.add(instances.submit(() -> {
                    together.await();
                    List<UUID> claimed = new ArrayList<>();
                    List<PendingPayments.Claimed> batch;
                    while (!(batch = job.claimPending()).isEmpty()) {
                        batch.forEach(c -> claimed.add(c.id()));
                    }
                    return claimed;
                }));
            }
            List<UUID> first = claims.get(0).get();
            List<UUID> second = claims.get(1).get();
            Set<UUID> overlap = new HashSet<>(first);
            overlap.retainAll(second);
            assertThat(overlap).as("payments both instances claimed").isEmpty();
            Set<UUID> all = new HashSet<>(first);
            all.addAll(second);
            assertThat(all).containsAll(mine);
        } finally {
            instances.shutdownNow();
        }
        // leased: claimed again only when the lease is over
        assertThat(job.claimPending()).extracting(PendingPayments.Claimed::id).doesNotContainAnyElementsOf(mine);
    }

    @Test
    void the_job_settles_a_paid_payment_whose_notification_never_came_and_leaves_an_unpaid_one() {
        Brand brand = brands.aBrand();
        PaymentFixture fixture = new PaymentFixture(payments, brands.jdbc());
        Payment paid = fixture.wechat(brand.tenantId(), brand.storeId(), anOrder(), 5200);
        Payment unpaid = fixture.wechat(brand.tenantId(), brand.storeId(), anOrder(), 5300);
        PaymentFixture.payOnTheSandboxPage(paid, "oNoNotice", true);
        age(brand);

        job.runOnce();

        assertThat(payments.find(brand.tenantId(), paid.id()).orElseThrow().status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payments.find(brand.tenantId(), unpaid.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(fixture.events(brand.tenantId(), "payment.payment.succeeded", paid.id())).isEqualTo(1);
    }

    /** Makes the brand's pending payments older than query-after, and due. */
    private void age(Brand brand) {
        brands.jdbc().sql("update payment set created_at = now() - interval '1 hour', next_query_at = null"
                          + " where tenant_id = :t").param("t", brand.tenantId()).update();
    }
}
