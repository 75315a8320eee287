package io.oneshelf.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo brand's tiers match its price book's member prices, and its regulars earned points with their orders. */
class DemoLoyaltyTest extends ApiTest {

    @Test
    void the_demo_has_a_gold_tier_and_its_regulars_earned_points_on_their_paid_orders() {
        String admin = api.login("admin@demo", "Demo@2026");
        JsonNode rules = api.get("/api/v1/loyalty/tier-rules", admin).body();
        assertThat(rules.get("tiers").findValuesAsString("code")).contains("MEMBER", "GOLD");

        long points = Eventually.until("demo customers' points", Duration.ofSeconds(60), () -> {
            long sum = 0;
            for (String phone : List.of("13900000001", "13900000002", "13900000003")) {
                JsonNode found = api.get("/api/v1/customers?phone=" + phone, admin).body().get("items");
                if (found.size() == 1) {
                    sum += api.get("/api/v1/customers/" + found.get(0).get("id").asString() + "/points", admin)
                            .body().get("balance").asLong();
                }
            }
            return sum;
        }, sum -> sum > 0);
        assertThat(points).isPositive();
        JsonNode check = api.get("/api/v1/loyalty/points-check", admin).body();
        assertThat(check.get("differences").size()).as(check.toString()).isZero();
    }
}
