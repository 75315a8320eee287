package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SOP rules, tasks and community groups for the endpoint walks: a rule whose scan made a task for the owner's
 * customer (their first purchase, as the read model heard it, set straight in the table), and a group of store one
 * run by the owner's guide with that customer in it.
 */
public final class SopObjects {

    private SopObjects() {
    }

    /** What the API could change (a task's result follows the walk's paid orders: left out). */
    public static final List<String> SNAPSHOT = List.of(
            "select to_jsonb(x) from sop_rule x where tenant_id = :t order by 1",
            "select jsonb_build_array(id, status, completed_at, note) from sop_task where tenant_id = :t order by 1",
            "select to_jsonb(x) from community_group x where tenant_id = :t order by 1",
            "select to_jsonb(x) from community_member x where tenant_id = :t order by 1",
            "select to_jsonb(x) from community_broadcast x where tenant_id = :t order by 1");

    public static Map<String, String> create(Api api, BrandFixture brands, Brand owner, String ownerAdmin,
                                             String customerId, String guideId) {
        brands.jdbc().sql("insert into sop_customer(tenant_id, customer_id, first_paid_at, last_paid_at)"
                        + " values (:t, :c, now(), now()) on conflict (tenant_id, customer_id)"
                        + " do update set first_paid_at = now()")
                .param("t", owner.tenantId()).param("c", UUID.fromString(customerId)).update();
        Reply rule = api.post("/api/v1/sop-rules", ownerAdmin, ruleBody());
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        Reply scan = api.post("/api/v1/sop-rules/scan", ownerAdmin, Map.of());
        assertThat(scan.status()).as(scan.toString()).isEqualTo(200);
        Reply tasks = api.get("/api/v1/sop-tasks?guideId=" + guideId, ownerAdmin);
        String task = null;
        for (var t : tasks.body().get("items")) {
            if (t.get("customerId").asString().equals(customerId)) {
                task = t.get("id").asString();
            }
        }
        assertThat(task).as("the customer's task in " + tasks).isNotNull();
        Reply group = api.post("/api/v1/community-groups", ownerAdmin, Map.of("name", "Tea lovers",
                "storeId", owner.storeId(), "guideId", guideId, "externalId", "wr-" + owner.code()));
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        Reply joined = api.post("/api/v1/community-groups/" + group.id() + "/members", ownerAdmin,
                Map.of("customerIds", List.of(customerId)));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        return Map.of("sop-rules", rule.id(), "sop-tasks", task,
                "community-groups", group.id());
    }

    static Map<String, Object> ruleBody() {
        return Map.of("name", "Thank first buyers", "kind", "AFTER_FIRST_PURCHASE", "days", 0,
                "message", "Thank you for your first order!", "dueDays", 2, "resultDays", 7);
    }

    public static Map<String, Object> sampleBodies(Map<String, String> ids) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/sop-rules", ruleBody());
        Map<String, Object> replaced = new LinkedHashMap<>(ruleBody());
        replaced.put("version", 0);
        bodies.put("PUT /api/v1/sop-rules/{id}", replaced);
        bodies.put("POST /api/v1/sop-rules/scan", Map.of());
        bodies.put("POST /api/v1/sop-tasks/{id}/complete", Map.of("note", "called, will visit"));
        bodies.put("POST /api/v1/community-groups", Map.of("name", "Walkers", "storeId", ids.get("stores"),
                "externalId", "wr-walk"));
        bodies.put("POST /api/v1/community-groups/{id}/members", Map.of("customerIds",
                List.of(ids.get("customers"))));
        bodies.put("POST /api/v1/community-groups/{id}/broadcasts", Map.of("kind", "COUPON", "text", "10 off",
                "link", "https://shop.example/c/1"));
        return bodies;
    }
}
