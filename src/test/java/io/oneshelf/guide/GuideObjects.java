package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guides for the tests that walk every endpoint ({@code EndpointWalk}) and the guide tests: the owner's guide (at
 * store one) with a customer assigned, sample bodies and queries. The tables a walk could change through the API
 * (rules, handovers, a manager's bindings) are in the snapshot; bindings by links and tills are customers' and
 * listeners' doing.
 */
public final class GuideObjects {

    private GuideObjects() {
    }

    /** The snapshot's queries of what the guide API could change. */
    public static final List<String> SNAPSHOT = List.of(
            "select to_jsonb(x) from guide_rules x where tenant_id = :t order by 1",
            "select to_jsonb(x) from guide_handover x where tenant_id = :t order by 1",
            "select to_jsonb(x) from guide_binding x where tenant_id = :t and source in ('ASSIGNED', 'HANDOVER')"
            + " order by 1");

    /** The id of a staff member, by login. */
    public static String staffId(Api api, String admin, String login) {
        Reply staff = api.get("/api/v1/staff?q=" + login, admin);
        assertThat(staff.status()).as(staff.toString()).isEqualTo(200);
        return staff.body().get("items").get(0).get("id").asString();
    }

    /** The owner's guide, with the owner's customer assigned to them. */
    public static Map<String, String> create(Api api, Brand owner, String ownerAdmin, String customerId) {
        String guide = staffId(api, ownerAdmin, owner.login("guide"));
        Reply bound = api.post("/api/v1/guide-bindings", ownerAdmin, Map.of("customerId", customerId,
                "guideId", guide));
        assertThat(bound.status()).as(bound.toString()).isEqualTo(201);
        return Map.of("guides", guide);
    }

    public static Map<String, Object> sampleBodies(Map<String, String> ids) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("PUT /api/v1/guide-rules", Map.of("bindingRule", "LINK_REBINDS", "commissionBp", 300,
                "version", 0));
        bodies.put("POST /api/v1/guide-bindings", Map.of("customerId", ids.get("customers"),
                "guideId", ids.get("guides")));
        bodies.put("POST /api/v1/guides/{id}/handover", Map.of("reason", "leaves"));
        bodies.put("POST /api/v1/shop/{brandCode}/me/guide", Map.of("code", ids.get("guides")));
        return bodies;
    }

    public static Map<String, Map<String, String>> sampleQueries(Map<String, String> ids) {
        return Map.of("GET /api/v1/guides", Map.of("storeId", ids.get("stores")),
                "GET /api/v1/guide-bindings", Map.of("customerId", ids.get("customers")));
    }
}
