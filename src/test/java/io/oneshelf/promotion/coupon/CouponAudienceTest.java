package io.oneshelf.promotion.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issuing a template to an RFM segment or a tag (decision 0041): within the template's total and per-member limits,
 * the answer counting who got one and who was skipped and why; in pages, so a segment larger than a page is issued
 * whole; once per Idempotency-Key; bad input refused naming the field, nothing issued.
 */
class CouponAudienceTest extends ApiTest {

    private Brand brand;
    private String admin;

    @BeforeEach
    void aBrand() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
    }

    @Test
    void issuing_to_a_tag_skips_those_at_their_limit_and_stops_at_the_total_limit() {
        List<Shopper> regulars = List.of(Shoppers.aShopper(api, brand.code()), Shoppers.aShopper(api, brand.code()),
                Shoppers.aShopper(api, brand.code()));
        regulars.forEach(s -> tag(s, "常客"));
        UUID template = template(2);
        Reply first = api.post("/api/v1/coupon-templates/" + template + "/issue", admin,
                Map.of("customerIds", List.of(regulars.get(0).customerId())));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        String key = UUID.randomUUID().toString();
        Reply issued = api.send("POST", "/api/v1/coupon-templates/" + template + "/issue-to-audience", admin,
                Map.of("tag", "常客"), key);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        JsonNode o = issued.body();
        assertThat(o.get("audienceKind").asString()).isEqualTo("TAG");
        assertThat(o.get("customers").asInt()).isEqualTo(3);
        assertThat(o.get("issued").asInt()).isEqualTo(1);
        assertThat(o.get("skipped").asInt()).isEqualTo(2);
        assertThat(o.get("skippedBecause").get("MEMBER_LIMIT").asInt()).isEqualTo(1);
        assertThat(o.get("skippedBecause").get("SOLD_OUT").asInt()).isEqualTo(1);
        assertThat(issuedCount(template)).isEqualTo(2);
        assertThat(brands.count("coupon", brand.tenantId())).isEqualTo(2);

        Reply again = api.send("POST", "/api/v1/coupon-templates/" + template + "/issue-to-audience", admin,
                Map.of("tag", "常客"), key);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body().get("issued").asInt()).isEqualTo(1);
        assertThat(brands.count("coupon", brand.tenantId())).isEqualTo(2);
    }

    @Test
    void issuing_to_a_segment_larger_than_a_page_issues_up_to_the_limit_and_never_beyond() {
        int members = AudienceIssuing.BATCH + 100;
        brands.jdbc().sql("""
                        with c as (select gen_random_uuid() as id from generate_series(1, :n)),
                        paid as (insert into crm_paid_order(tenant_id, order_id, customer_id, paid, paid_at)
                                 select :t, gen_random_uuid(), id, 10000, now() from c)
                        insert into crm_rfm(tenant_id, customer_id, orders, spent, last_paid_at, recency, frequency,
                            monetary, segment, computed_at)
                        select :t, id, 3, 10000, now(), 5, 5, 5, 'IMPORTANT_VALUE', now() from c""")
                .param("n", members).param("t", brand.tenantId()).update();
        UUID template = template(members - 50);

        Reply issued = api.post("/api/v1/coupon-templates/" + template + "/issue-to-audience", admin,
                Map.of("segment", "IMPORTANT_VALUE"));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.body().get("customers").asInt()).isEqualTo(members);
        assertThat(issued.body().get("issued").asInt()).isEqualTo(members - 50);
        assertThat(issued.body().get("skippedBecause").get("SOLD_OUT").asInt()).isEqualTo(50);
        assertThat(issuedCount(template)).isEqualTo(members - 50);
        assertThat(brands.count("coupon", brand.tenantId())).isEqualTo(members - 50);
        assertThat(brands.jdbc().sql("select count(distinct code) from coupon where tenant_id = :t")
                .param("t", brand.tenantId()).query(Long.class).single()).isEqualTo(members - 50);
        assertThat(brands.jdbc().sql("select payload ->> 'issued' from event_log where brand_id = :b"
                        + " and type = 'promotion.coupon.issued-to-audience'")
                .param("b", brand.tenantId()).query(String.class).list()).containsExactly(String.valueOf(members - 50));
    }

    @Test
    void an_audience_that_is_neither_or_both_or_no_segment_is_refused_naming_the_field_and_nothing_is_issued() {
        UUID template = template(10);
        Reply neither = api.post("/api/v1/coupon-templates/" + template + "/issue-to-audience", admin, Map.of());
        Reply both = api.post("/api/v1/coupon-templates/" + template + "/issue-to-audience", admin,
                Map.of("segment", "CHURN_WARNING", "tag", "VIP"));
        Reply badSegment = api.post("/api/v1/coupon-templates/" + template + "/issue-to-audience", admin,
                Map.of("segment", "NOBODY"));
        Reply longTag = api.post("/api/v1/coupon-templates/" + template + "/issue-to-audience", admin,
                Map.of("tag", "x".repeat(21)));

        for (Reply r : List.of(neither, both, badSegment)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.body().get("errors").findValuesAsString("field")).containsExactly("segment");
        }
        assertThat(longTag.status()).as(longTag.toString()).isEqualTo(400);
        assertThat(longTag.body().get("errors").findValuesAsString("field")).containsExactly("tag");
        assertThat(issuedCount(template)).isZero();
        assertThat(api.post("/api/v1/coupon-templates/" + UUID.randomUUID() + "/issue-to-audience", admin,
                Map.of("tag", "VIP")).status()).isEqualTo(404);
    }

    private UUID template(int limit) {
        Reply created = api.post("/api/v1/coupon-templates", admin, new LinkedHashMap<>(Map.of("name", "回馈券",
                "kind", "AMOUNT_OFF", "amountOff", 1000, "validDays", 14, "perMember", 1, "totalLimit", limit,
                "claimable", false)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    private int issuedCount(UUID template) {
        return brands.jdbc().sql("select issued from coupon_template where id = :id").param("id", template)
                .query(Integer.class).single();
    }

    private void tag(Shopper who, String tag) {
        Reply tagged = api.post("/api/v1/customers/" + who.customerId() + "/tags", admin, Map.of("tag", tag));
        assertThat(tagged.status()).as(tagged.toString()).isEqualTo(204);
    }
}
