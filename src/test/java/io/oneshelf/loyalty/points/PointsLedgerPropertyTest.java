package io.oneshelf.loyalty.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.Rejection;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whatever mix of earning, refunds of orders, redemptions, refunds of redemptions and expiry a customer goes
 * through, the ledger reconciles after every step, the balance never goes below zero, and once every order and
 * every redemption is refunded in full, each order has exactly what it earned taken back (or short, when spent) and
 * each redemption exactly its points given back. Seeded, so a failure replays.
 */
class PointsLedgerPropertyTest extends ApiTest {

    @Autowired
    PointsDesk desk;
    @Autowired
    PointsLedger ledger;
    @Autowired
    PointsCheck check;

    @Test
    void earn_redeem_reverse_refund_and_expire_keep_the_ledger_reconciled() {
        for (long seed = 1; seed <= 4; seed++) {
            aRun(new Random(seed), seed);
        }
    }

    private void aRun(Random random, long seed) {
        Brand brand = brands.aBrand();
        UUID brandId = brand.tenantId();
        UUID customer = UUID.randomUUID();
        Map<UUID, long[]> orders = new HashMap<>();      // id -> {goods, refunded}
        Map<UUID, long[]> redemptions = new HashMap<>(); // payment -> {fen, refunded fen}
        List<UUID> orderIds = new ArrayList<>();
        List<UUID> paymentIds = new ArrayList<>();
        OffsetDateTime started = OffsetDateTime.now().minusSeconds(1);
        LocalDate period = LocalDate.of(2030, 1, 1);
        for (int step = 0; step < 60; step++) {
            int op = random.nextInt(5);
            if (op == 0 || orderIds.isEmpty()) {
                UUID id = UUID.randomUUID();
                long goods = 100 + random.nextInt(50_000);
                orders.put(id, new long[] {goods, 0});
                orderIds.add(id);
                desk.earn(PointsOrders.aPaidOrder(brandId, customer, id, goods, 0), "T", 50 + random.nextInt(250));
            } else if (op == 1) {
                UUID id = orderIds.get(random.nextInt(orderIds.size()));
                long[] o = orders.get(id);
                o[1] = Math.min(o[0], o[1] + 1 + random.nextInt((int) o[0]));
                desk.reverse(PointsOrders.aPaidOrder(brandId, customer, id, o[0], o[1]));
            } else if (op == 2) {
                UUID payment = UUID.randomUUID();
                long fen = 1 + random.nextInt(20_000);
                try {
                    desk.redeem(PointsOrders.aMove(brandId, customer, payment, payment, fen));
                    redemptions.put(payment, new long[] {fen, 0});
                    paymentIds.add(payment);
                } catch (Rejection refused) {
                    assertThat(refused.faults().get(0).field()).isEqualTo("amount");
                }
            } else if (op == 3 && !paymentIds.isEmpty()) {
                UUID payment = paymentIds.get(random.nextInt(paymentIds.size()));
                refundPart(brandId, customer, payment, redemptions.get(payment), random);
            } else if (op == 4) {
                period = period.plusMonths(1);
                OffsetDateTime cutoff = started.plusNanos((long) (random.nextDouble()
                        * java.time.Duration.between(started, OffsetDateTime.now()).toNanos()));
                desk.expire(brandId, customer, period, cutoff);
            }
            assertReconciled(brandId, customer, seed, step);
        }
        for (UUID id : orderIds) {
            long goods = orders.get(id)[0];
            desk.reverse(PointsOrders.aPaidOrder(brandId, customer, id, goods, goods));
            long[] points = ledger.ofOrder(brandId, id);
            assertThat(points[1]).as("owed back of order %s (seed %d)", id, seed).isEqualTo(points[0]);
        }
        for (UUID payment : paymentIds) {
            long[] r = redemptions.get(payment);
            if (r[1] < r[0]) {
                UUID part = UUID.randomUUID();
                desk.refund(PointsOrders.aMove(brandId, customer, payment, part, r[0] - r[1]));
                r[1] = r[0];
            }
            long[] paid = ledger.ofPayment(brandId, payment);
            assertThat(paid[2]).as("points back of payment %s (seed %d)", payment, seed).isEqualTo(paid[0]);
        }
        assertReconciled(brandId, customer, seed, -1);
    }

    private void refundPart(UUID brandId, UUID customer, UUID payment, long[] r, Random random) {
        if (r[1] >= r[0]) {
            return;
        }
        long fen = 1 + random.nextInt((int) (r[0] - r[1]));
        UUID part = UUID.randomUUID();
        desk.refund(PointsOrders.aMove(brandId, customer, payment, part, fen));
        // the same refund part heard twice changes nothing
        desk.refund(PointsOrders.aMove(brandId, customer, payment, part, fen));
        r[1] += fen;
    }

    private void assertReconciled(UUID brandId, UUID customer, long seed, int step) {
        PointsCheck.Reconciliation r = check.check(brandId, customer);
        assertThat(r.differences()).as("seed %d step %d", seed, step).isEmpty();
        assertThat(ledger.balance(brandId, customer)).as("seed %d step %d", seed, step).isNotNegative();
    }
}
