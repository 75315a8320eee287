package io.oneshelf.promotion.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo brand's coupons, made through the console's code paths: a free-item coupon naming its SKU, two coupons
 * of one stacking group (one not with promotions), and a coupon issued to an RFM segment.
 */
class DemoCouponsTest extends ApiTest {

    @Test
    void the_demo_brand_has_a_free_item_coupon_a_stacking_group_and_a_coupon_issued_to_a_segment() {
        String admin = api.login("admin@demo", "Demo@2026");
        List<JsonNode> templates = new ArrayList<>();
        api.get("/api/v1/coupon-templates?limit=100", admin).body().get("items").forEach(templates::add);

        JsonNode free = only(templates, DemoCoupons.FREE_ITEM);
        assertThat(free.get("kind").asString()).isEqualTo("FREE_ITEM");
        assertThat(free.get("skuName").asString()).isNotBlank();
        assertThat(free.get("issued").asInt()).isPositive();
        assertThat(templates.stream().filter(t -> DemoCoupons.GROUP.equals(t.path("stackingGroup").asString(null))))
                .hasSize(2).anyMatch(t -> !t.get("withPromotions").asBoolean());
        // issued once the demo RFM run has named the segments, after the start
        Eventually.until("the demo coupon issued to a segment", Duration.ofSeconds(60), () -> issued(admin),
                n -> n > 0);
    }

    private int issued(String admin) {
        List<JsonNode> templates = new ArrayList<>();
        api.get("/api/v1/coupon-templates?limit=100", admin).body().get("items").forEach(templates::add);
        return templates.stream().filter(t -> DemoCouponAudience.NAME.equals(t.get("name").asString()))
                .mapToInt(t -> t.get("issued").asInt()).sum();
    }

    private static JsonNode only(List<JsonNode> templates, String name) {
        List<JsonNode> named = templates.stream().filter(t -> name.equals(t.get("name").asString())).toList();
        assertThat(named).as(name).hasSize(1);
        return named.get(0);
    }
}
