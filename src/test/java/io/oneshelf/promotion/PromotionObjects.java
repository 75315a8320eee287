package io.oneshelf.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Promotion objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): a spend-save
 * promotion covering one SKU nothing else of the walk sells (so it changes no other object's price), and a valid
 * body for every mutating promotion endpoint.
 */
public final class PromotionObjects {

    private PromotionObjects() {
    }

    /**
     * Ids for {@code promotions} and {@code coupon-templates}: a template that is not claimable (so that no customer
     * of a walk can claim one) and of which nobody holds a coupon (so that reading a customer's coupons shows none).
     */
    public static Map<String, String> create(Api api, String ownerAdmin, UUID ownSku) {
        Reply created = api.post("/api/v1/promotions", ownerAdmin, body(ownSku, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Reply template = api.post("/api/v1/coupon-templates", ownerAdmin, template(null));
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        return Map.of("promotions", created.id(), "promotion-sku", ownSku.toString(),
                "coupon-templates", template.id());
    }

    /**
     * Ids for {@code shop:coupons} (and {@code coupons}, for a shop path whose brand code is the bad part) and
     * {@code by-code}: a coupon of the owner's customer (of a template of its own, so that the template of
     * {@link #create} stays without coupons) and its code.
     */
    public static Map<String, String> coupons(Api api, String ownerAdmin, String customerId) {
        Reply template = api.post("/api/v1/coupon-templates", ownerAdmin, template(null));
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        Reply issued = api.post("/api/v1/coupon-templates/" + template.id() + "/issue", ownerAdmin,
                Map.of("customerIds", List.of(customerId)));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String coupon = issued.body().get(0).get("id").asString();
        return Map.of("shop:coupons", coupon, "coupons", coupon,
                "by-code", issued.body().get(0).get("code").asString());
    }

    /** The required queries of the promotion endpoints: a customer's coupons, of the owner's customer. */
    public static Map<String, Map<String, String>> sampleQueries(Map<String, String> ids) {
        return Map.of("GET /api/v1/coupons", Map.of("customerId", ids.get("customers")));
    }

    private static Map<String, Object> template(Integer version) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "满50减5券", "kind", "AMOUNT_OFF",
                "amountOff", 500, "threshold", 5000, "validDays", 30, "perMember", 1, "totalLimit", 100,
                "claimable", false));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    public static Map<String, Object> sampleBodies(Map<String, String> ids) {
        UUID sku = UUID.fromString(ids.get("promotion-sku"));
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/promotions", body(sku, null));
        bodies.put("PUT /api/v1/promotions/{id}", body(sku, 1));
        bodies.put("POST /api/v1/coupon-templates", template(null));
        bodies.put("PUT /api/v1/coupon-templates/{id}", template(1));
        bodies.put("POST /api/v1/coupon-templates/{id}/issue", Map.of("customerIds", List.of(ids.get("customers"))));
        bodies.put("POST /api/v1/coupon-templates/{id}/issue-to-audience", Map.of("tag", "walk-nobody"));
        bodies.put("POST /api/v1/shop/{brandCode}/coupon-templates/{id}/claim", Map.of());
        return bodies;
    }

    private static Map<String, Object> body(UUID sku, Integer version) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "满100减10", "kind", "FULL_REDUCTION",
                "tiers", List.of(Map.of("threshold", 10000, "off", 1000)), "skuIds", List.of(sku),
                "startsAt", "2026-01-01T00:00:00Z", "endsAt", "2036-01-01T00:00:00Z"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
