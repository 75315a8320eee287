package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo brand's flagship guides: customers bound to them, a leaving guide's customers handed over, commission
 * earned on a credited sale and a share of it clawed back by a return, the ledger reconciling.
 */
class DemoGuidesTest extends ApiTest {

    @Test
    void the_demo_guides_have_customers_a_handover_and_commission_earned_and_clawed_back() {
        String manager = api.login("manager.jingan@demo", "Demo@2026");
        String admin = api.login("admin@demo", "Demo@2026");
        String store = api.get("/api/v1/me", manager).body().get("scope").get("id").asString();

        JsonNode handovers = api.get("/api/v1/guide-handovers?storeId=" + store, manager).body().get("items");
        assertThat(handovers).isNotEmpty();
        assertThat(handovers.get(handovers.size() - 1).get("customers").asInt()).isEqualTo(2);

        String guide = GuideObjects.staffId(api, admin, "guide.jingan@demo");
        String second = GuideObjects.staffId(api, admin, "guide2.jingan@demo");
        JsonNode entries = Eventually.until("the demo sale's commission and its claw-back", Duration.ofSeconds(60),
                () -> api.get("/api/v1/guide-commissions?guideId=" + second, manager).body().get("items"),
                items -> items.findValuesAsString("kind").contains("REVERSED"));
        assertThat(entries.findValuesAsString("kind")).contains("EARNED");

        JsonNode board = api.get("/api/v1/guides?storeId=" + store, manager).body();
        assertThat(standing(board, guide).get("customers").asLong()).as("two handed over and one assigned")
                .isGreaterThanOrEqualTo(3);
        JsonNode zhao = standing(board, second);
        assertThat(zhao.get("commission").asLong()).isPositive();
        assertThat(zhao.get("clawedBack").asLong()).isPositive();
        // the whole brand's ledger reconciles with its orders, whatever other tests did to them meanwhile
        JsonNode check = Eventually.until("the brand's commission ledger to agree with every order",
                Duration.ofSeconds(60), () -> api.get("/api/v1/guide-commissions/check", admin).body(),
                c -> c.get("differences").isEmpty());
        assertThat(check.get("complete").asBoolean()).isTrue();
    }

    private static JsonNode standing(JsonNode board, String guideId) {
        for (JsonNode g : board.get("guides")) {
            if (g.get("guideId").asString().equals(guideId)) {
                return g;
            }
        }
        throw new AssertionError("no standing of " + guideId + " in " + board);
    }
}
