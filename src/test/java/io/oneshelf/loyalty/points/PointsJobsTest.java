package io.oneshelf.loyalty.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.loyalty.tier.TierDesk;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loyalty jobs as two server instances run them: the expiry of a period applied by two at once expires each
 * account's points once; and the tier review lowers a tier its growth no longer reaches once it was kept long enough.
 */
class PointsJobsTest extends ApiTest {

    @Autowired
    PointsDesk desk;
    @Autowired
    PointsLedger ledger;
    @Autowired
    PointsCheck check;
    @Autowired
    PointsExpiry expiry;
    @Autowired
    TierDesk tiers;

    @Test
    void two_instances_expiring_the_same_period_expire_each_account_once() throws Exception {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.put("/api/v1/loyalty/points-rules", admin, Map.of("earnPerYuan", 1, "redeemPerYuan", 100,
                "maxRedeemPercent", 50, "expiryMonths", 1, "categoryRates", List.of(), "version", 0)).status())
                .isEqualTo(200);
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            UUID customer = UUID.randomUUID();
            customers.add(customer);
            desk.earn(PointsOrders.aPaidOrder(brand.tenantId(), customer, UUID.randomUUID(), 10_000, 0), null, 100);
        }
        // a period far ahead: everything earned now is older than a month by then
        LocalDate period = LocalDate.now().plusYears(1).withDayOfMonth(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Long> instance = () -> expiry.expire(brand.tenantId(), period);
        Future<Long> one = pool.submit(instance);
        Future<Long> two = pool.submit(instance);
        long expired = one.get() + two.get();
        pool.shutdown();

        assertThat(expired).isEqualTo(120 * 100);
        assertThat(customers).allSatisfy(c -> assertThat(ledger.balance(brand.tenantId(), c)).isZero());
        assertThat(check.check(brand.tenantId(), null).differences()).isEmpty();
        assertThat(expiry.expire(brand.tenantId(), period)).isZero();
    }

    @Test
    void the_review_lowers_a_tier_the_growth_no_longer_reaches_once_it_was_kept() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 12, "keepMonths", 0,
                "version", 0, "tiers", List.of(
                        Map.of("code", "MEMBER", "name", "Member", "threshold", 0, "multiplierPercent", 100,
                                "freeShipping", false, "birthdayPoints", 0),
                        Map.of("code", "GOLD", "name", "Gold", "threshold", 100, "multiplierPercent", 200,
                                "freeShipping", false, "birthdayPoints", 0)))).status()).isEqualTo(200);
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        assertThat(tiers.earn(PointsOrders.aPaidOrder(brand.tenantId(), customer, order, 20_000, 0)))
                .map(t -> t.code()).contains("GOLD");
        // the order comes back in full: growth 0, but a refund lowers no tier by itself
        tiers.reverse(PointsOrders.aPaidOrder(brand.tenantId(), customer, order, 20_000, 20_000));
        assertThat(tiers.tierOf(brand.tenantId(), customer)).map(t -> t.code()).contains("GOLD");

        brands.jdbc().sql("update customer_tier set review_at = now() - interval '1 second' where tenant_id = :t")
                .param("t", brand.tenantId()).update();
        while (tiers.reviewDue(50) == 50) {
            // other tests' customers may be due too
        }

        assertThat(tiers.tierOf(brand.tenantId(), customer)).map(t -> t.code()).contains("MEMBER");
        assertThat(tiers.standing(brand.tenantId(), customer).growth()).isZero();
    }
}
