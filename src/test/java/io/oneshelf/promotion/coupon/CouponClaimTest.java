package io.oneshelf.promotion.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.platform.Rejection;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coupon templates and claims: kept by brand-wide staff, claimed in the shop, issued by staff; a limited coupon
 * claimed by many members at once is issued exactly up to its limit, and one member never holds more than allowed.
 */
class CouponClaimTest extends ApiTest {

    @Autowired
    CouponDesk desk;

    private Brand brand;
    private String admin;

    @BeforeEach
    void aBrandAndItsAdmin() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    @Test
    void two_hundred_members_claiming_a_coupon_limited_to_fifty_at_once_get_exactly_fifty() throws Exception {
        UUID template = aTemplate(50, 1);

        List<Object> outcomes = atOnce(200, i -> desk.claim(brand.tenantId(), template, UUID.randomUUID()));

        assertThat(outcomes.stream().filter(Coupon.class::isInstance)).hasSize(50);
        assertThat(outcomes.stream().filter(o -> o instanceof Rejection r && r.kind() == Rejection.Kind.CONFLICT))
                .hasSize(150);
        assertThat(brands.count("coupon", brand.tenantId())).isEqualTo(50);
        assertThat(api.get("/api/v1/coupon-templates/" + template, admin).body().get("issued").asInt()).isEqualTo(50);
    }

    @Test
    void one_member_claiming_twenty_times_at_once_holds_only_as_many_as_one_may() throws Exception {
        UUID template = aTemplate(null, 2);
        UUID member = UUID.randomUUID();

        List<Object> outcomes = atOnce(20, i -> desk.claim(brand.tenantId(), template, member));

        assertThat(outcomes.stream().filter(Coupon.class::isInstance)).hasSize(2);
        assertThat(brands.count("coupon", brand.tenantId())).isEqualTo(2);
        assertThat(api.get("/api/v1/coupon-templates/" + template, admin).body().get("issued").asInt()).isEqualTo(2);
    }

    @Test
    void a_customer_claims_in_the_shop_sees_it_among_their_coupons_and_staff_see_it_too() {
        UUID template = aTemplate(10, 1);
        Shoppers.Shopper shopper = Shoppers.aShopper(api, brand.code());

        Reply claimable = api.get(shopper.path("/coupon-templates"), shopper.accessToken());
        assertThat(claimable.status()).as(claimable.toString()).isEqualTo(200);
        assertThat(claimable.body().get("items").findValuesAsString("id")).contains(template.toString());
        Reply claimed = api.post(shopper.path("/coupon-templates/" + template + "/claim"), shopper.accessToken(),
                Map.of());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.body().get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(claimed.body().get("amountOff").asLong()).isEqualTo(500);
        Reply again = api.post(shopper.path("/coupon-templates/" + template + "/claim"), shopper.accessToken(),
                Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        Reply mine = api.get(shopper.path("/me/coupons"), shopper.accessToken());
        assertThat(mine.body().size()).isEqualTo(1);
        Reply staff = api.get("/api/v1/coupons?customerId=" + shopper.customerId(), admin);
        assertThat(staff.body().get(0).get("id").asString()).isEqualTo(claimed.id());
    }

    @Test
    void staff_issue_to_customers_all_or_none_and_bad_templates_are_refused_naming_the_field() {
        UUID template = aTemplate(1, 1);
        Shoppers.Shopper one = Shoppers.aShopper(api, brand.code());
        Shoppers.Shopper two = Shoppers.aShopper(api, brand.code());
        Reply over = api.post("/api/v1/coupon-templates/" + template + "/issue", admin,
                Map.of("customerIds", List.of(one.customerId(), two.customerId())));
        assertThat(over.status()).as(over.toString()).isEqualTo(409);
        assertThat(brands.count("coupon", brand.tenantId())).isZero();
        Reply unknown = api.post("/api/v1/coupon-templates/" + template + "/issue", admin,
                Map.of("customerIds", List.of(UUID.randomUUID())));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").findValuesAsString("field")).contains("customerIds[0]");
        Reply issued = api.post("/api/v1/coupon-templates/" + template + "/issue", admin,
                Map.of("customerIds", List.of(one.customerId())));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.body().get(0).get("source").asString()).isEqualTo("ISSUED");

        Map<String, Object> both = new LinkedHashMap<>(template(5, 1));
        both.put("validFrom", "2026-01-01T00:00:00Z");
        both.put("validTo", "2027-01-01T00:00:00Z");
        assertRefused(both, "validDays");
        Map<String, Object> noAmount = new LinkedHashMap<>(template(5, 1));
        noAmount.remove("amountOff");
        assertRefused(noAmount, "amountOff");
        Map<String, Object> noLimit = new LinkedHashMap<>(template(5, 1));
        noLimit.remove("perMember");
        assertRefused(noLimit, "perMember");
        String manager = api.login(brand.login("manager"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/coupon-templates", manager, template(5, 1)).status()).isEqualTo(403);
    }

    private void assertRefused(Map<String, Object> body, String field) {
        Reply bad = api.post("/api/v1/coupon-templates", admin, body);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsString("field")).as(bad.toString()).contains(field);
    }

    private UUID aTemplate(Integer limit, int perMember) {
        Reply created = api.post("/api/v1/coupon-templates", admin, template(limit, perMember));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    private static Map<String, Object> template(Integer limit, int perMember) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "5元券", "kind", "AMOUNT_OFF", "amountOff", 500,
                "threshold", 3000, "validDays", 30, "perMember", perMember, "claimable", true));
        if (limit != null) {
            body.put("totalLimit", limit);
        }
        return body;
    }

    interface Attempt {
        Object run(int i);
    }

    /** Runs {@code n} attempts on {@code n} threads released at once; each outcome, or the exception it threw. */
    private static List<Object> atOnce(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return attempt.run(k);
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return outcomes;
    }
}
