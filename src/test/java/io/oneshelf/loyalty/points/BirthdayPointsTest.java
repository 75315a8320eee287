package io.oneshelf.loyalty.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.member.Birthday;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.Rejection;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tier's birthday points: a member tells their birthday once in the shop; on that day the job gives their tier's
 * birthday points once, however often it runs and on however many instances.
 */
class BirthdayPointsTest extends ApiTest {

    @Autowired
    BirthdayPoints job;
    @Autowired
    PointsLedger ledger;
    @Autowired
    PointsCheck check;
    @Autowired
    Brands brandDirectory;

    private Brand brand;
    private LocalDate today;

    @BeforeEach
    void aBrandWhoseMembersGetBirthdayPoints() {
        brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 12, "keepMonths", 0,
                "version", 0, "tiers", List.of(Map.of("code", "MEMBER", "name", "Member", "threshold", 0,
                        "multiplierPercent", 100, "freeShipping", false, "birthdayPoints", 88)))).status())
                .isEqualTo(200);
        today = LocalDate.now(brandDirectory.zoneOf(brand.tenantId()));
    }

    @Test
    void the_birthday_is_told_once_and_its_points_come_once_however_often_the_job_runs() throws Exception {
        Shopper born = Shoppers.aShopper(api, brand.code());
        Shopper notToday = Shoppers.aShopper(api, brand.code());
        Reply told = api.put(born.path("/me/birthday"), born.accessToken(),
                Map.of("month", today.getMonthValue(), "day", today.getDayOfMonth()));
        assertThat(told.status()).as(told.toString()).isEqualTo(200);
        assertThat(told.body().get("birthday").get("month").asInt()).isEqualTo(today.getMonthValue());
        assertThat(told.body().get("birthday").get("year").isNull()).isTrue();
        LocalDate other = today.plusMonths(6);
        assertThat(api.put(notToday.path("/me/birthday"), notToday.accessToken(), Map.of("month",
                other.getMonthValue(), "day", 1, "year", 1990)).status()).isEqualTo(200);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Long> one = pool.submit(() -> job.grant(brand.tenantId(), today));
        Future<Long> two = pool.submit(() -> job.grant(brand.tenantId(), today));
        long given = one.get() + two.get();
        pool.shutdown();

        // the server's own hourly run may have come first: between all of them, the points come once
        assertThat(given).isIn(0L, 88L);
        assertThat(job.grant(brand.tenantId(), today)).as("a second run the same day").isZero();
        assertThat(ledger.balance(brand.tenantId(), born.customerId())).isEqualTo(88);
        assertThat(ledger.entries(brand.tenantId(), born.customerId(), null, 10)).extracting(PointsEntry::kind)
                .containsExactly("BIRTHDAY");
        assertThat(ledger.balance(brand.tenantId(), notToday.customerId())).isZero();
        assertThat(check.check(brand.tenantId(), null).differences()).isEmpty();
        assertThat(api.get("/api/v1/customers/" + born.customerId() + "/profile",
                api.login(brand.login("admin"), BrandFixture.PASSWORD)).body().get("birthday").get("day").asInt())
                .as("staff see it").isEqualTo(today.getDayOfMonth());
    }

    @Test
    void a_birthday_cannot_be_changed_and_no_date_is_refused_on_birthday() {
        Shopper member = Shoppers.aShopper(api, brand.code());
        Reply notADate = api.put(member.path("/me/birthday"), member.accessToken(), Map.of("month", 2, "day", 30));
        assertThat(notADate.status()).as(notADate.toString()).isEqualTo(400);
        assertThat(notADate.body().get("errors").get(0).get("field").asString()).isEqualTo("birthday");
        assertThat(api.put(member.path("/me/birthday"), member.accessToken(), Map.of("month", 13, "day", 1))
                .status()).isEqualTo(400);
        assertThat(api.put(member.path("/me/birthday"), member.accessToken(), Map.of("month", 5, "day", 4))
                .status()).isEqualTo(200);
        assertThat(api.put(member.path("/me/birthday"), member.accessToken(), Map.of("month", 5, "day", 4))
                .status()).as("the same again").isEqualTo(200);
        Reply changed = api.put(member.path("/me/birthday"), member.accessToken(), Map.of("month", 6, "day", 4));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.body().get("errors").get(0).get("field").asString()).isEqualTo("birthday");
        assertThat(api.get(member.path("/me"), member.accessToken()).body().get("birthday").get("month").asInt())
                .isEqualTo(5);
    }

    @Test
    void a_leap_day_birthday_is_celebrated_on_the_28th_in_a_common_year() {
        Birthday leap = new Birthday(2, 29, null);
        assertThat(leap.fallsOn(LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(leap.fallsOn(LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(leap.fallsOn(LocalDate.of(2028, 2, 29))).isTrue();
        Assertions.assertThatThrownBy(() -> new Birthday(2, 29, 2027)).isInstanceOf(Rejection.class);
        Assertions.assertThatThrownBy(() -> new Birthday(4, 31, null)).isInstanceOf(Rejection.class);
    }
}
