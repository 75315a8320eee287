package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Guide content for the endpoint walks: a post of the owner's guide with one product (its id for
 * {@code guide-shares}, its code for the shop's {@code shares}), sample bodies and queries. Views and touches are
 * visitors' doing; the shares themselves are in the snapshot.
 */
public final class ContentObjects {

    private ContentObjects() {
    }

    public static final List<String> SNAPSHOT = List.of(
            "select to_jsonb(x) from guide_share x where tenant_id = :t order by 1");

    /** A post body of the guide's (a manager names the guide). */
    public static Map<String, Object> postBody(Object skuId, Object guideId) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("kind", "POST", "title", "Spring oolong",
                "body", "Light, floral, perfect cold-brewed.", "pictures", List.of("https://img.example/oolong.jpg"),
                "skuIds", List.of(skuId)));
        if (guideId != null) {
            body.put("guideId", guideId);
        }
        return body;
    }

    public static Map<String, String> create(Api api, Brand owner, String ownerAdmin, String guideId, UUID sku) {
        Reply post = api.post("/api/v1/guide-shares", ownerAdmin, postBody(sku, guideId));
        assertThat(post.status()).as(post.toString()).isEqualTo(201);
        return Map.of("guide-shares", post.id(), "shares", post.body().get("code").asString(),
                "share-sku", sku.toString());
    }

    public static Map<String, Object> sampleBodies(Map<String, String> ids) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/guide-shares", postBody(ids.get("share-sku"), ids.get("guides")));
        Map<String, Object> edit = new LinkedHashMap<>(postBody(ids.get("share-sku"), null));
        edit.put("version", 0);
        bodies.put("PUT /api/v1/guide-shares/{id}", edit);
        bodies.put("POST /api/v1/guide-shares/{id}/archive", Map.of());
        bodies.put("POST /api/v1/shop/{brandCode}/shares/{code}/opens",
                Map.of("visitor", "0b6f3c1e-6a57-4c1e-9d1a-5f0e2b7c9a11"));
        bodies.put("POST /api/v1/shop/{brandCode}/shares/{code}/cart", Map.of("skuId", ids.get("share-sku"),
                "quantity", 1));
        return bodies;
    }

    public static Map<String, Map<String, String>> sampleQueries(Map<String, String> ids) {
        return Map.of("GET /api/v1/guide-content/report", Map.of("storeId", ids.get("stores")));
    }
}
