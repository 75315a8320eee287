package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Member objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): a tag on the
 * owner's shop customer, and a merge (not yet confirmed) of two other customers registered by phone; a third
 * customer is the sample body's candidate for a merge. A walk must leave all of them as they are.
 */
public final class MemberObjects {

    /** The tag the owner's customer carries in a walk. */
    static final String TAG = "walk-tag";

    private MemberObjects() {
    }

    /** Ids for {@code tags} (the tag itself), {@code customer-merges} and {@code merge-candidate}. */
    public static Map<String, String> create(Api api, String ownerAdmin, String customerId) {
        Reply tagged = api.post("/api/v1/customers/" + customerId + "/tags", ownerAdmin, Map.of("tag", TAG));
        assertThat(tagged.status()).as(tagged.toString()).isEqualTo(204);
        List<String> others = List.of("13700000021", "13700000022", "13700000023").stream()
                .map(phone -> api.post("/api/v1/customers", ownerAdmin, Map.of("phone", phone)).id()).toList();
        Reply merge = api.post("/api/v1/customers/" + others.get(0) + "/merges", ownerAdmin,
                Map.of("mergedId", others.get(1)));
        assertThat(merge.status()).as(merge.toString()).isEqualTo(201);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("tags", TAG);
        ids.put("customer-merges", merge.id());
        ids.put("merge-candidate", others.get(2));
        return ids;
    }

    /** A valid body for every mutating member endpoint of the console and the shop's WeChat sign-in. */
    public static Map<String, Object> sampleBodies(Map<String, String> ids) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/customers/{id}/tags", Map.of("tag", "Hijack"));
        bodies.put("DELETE /api/v1/customers/{id}/tags/{tag}", null);
        bodies.put("POST /api/v1/customers/{id}/merges", Map.of("mergedId", ids.get("merge-candidate")));
        bodies.put("POST /api/v1/customer-merges/{id}/undo", Map.of());
        bodies.put("POST /api/v1/customer-merges/{id}/confirm", Map.of());
        bodies.put("POST /api/v1/customer-tags/recompute", Map.of());
        bodies.put("POST /api/v1/rfm-segments/recompute", Map.of());
        bodies.put("PUT /api/v1/shop/{brandCode}/me/consents", Map.of("purpose", "MARKETING", "channel", "SMS",
                "granted", true));
        bodies.put("POST /api/v1/shop/{brandCode}/me/deletion", Map.of("confirm", true));
        bodies.put("POST /api/v1/shop/{brandCode}/me/identities/wechat", Map.of("code", "not-a-wechat-code"));
        // public: a code WeChat never issued (401), a bind token never given (401)
        bodies.put("POST /api/v1/shop/{brandCode}/sign-in/wechat", Map.of("code", "not-a-wechat-code"));
        bodies.put("POST /api/v1/shop/{brandCode}/sign-in/wechat/bind", Map.of("bindToken", "not-a-bind-token",
                "phone", "13700000000", "code", "000000"));
        return bodies;
    }
}
