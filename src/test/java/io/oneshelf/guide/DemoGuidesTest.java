package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo brand's flagship guides: customers bound to them, a leaving guide's customers handed over, commission
 * earned on a credited sale and a share of it clawed back by a return, the ledger reconciling; their SOP playbook
 * and tasks, and their community group.
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

    @Test
    void the_demo_has_a_playbook_of_every_kind_tasks_open_done_and_overdue_and_a_group_with_a_broadcast() {
        String manager = api.login("manager.jingan@demo", "Demo@2026");
        String admin = api.login("admin@demo", "Demo@2026");
        String store = api.get("/api/v1/me", manager).body().get("scope").get("id").asString();

        JsonNode rules = api.get("/api/v1/sop-rules", admin).body();
        assertThat(rules.findValuesAsString("kind")).contains("AFTER_FIRST_PURCHASE", "BIRTHDAY_IN",
                "NO_PURCHASE_FOR", "WALLET_BELOW", "GROUP_BUY_FAILED");
        JsonNode tasks = api.get("/api/v1/sop-tasks?storeId=" + store + "&limit=100", manager).body().get("items");
        assertThat(tasks.findValuesAsString("status")).contains("OPEN", "DONE");
        assertThat(tasks.findValuesAsString("customerName")).isNotEmpty();
        JsonNode overdue = api.get("/api/v1/sop-tasks?storeId=" + store + "&overdue=true", manager).body();
        assertThat(overdue.get("items").size()).isGreaterThanOrEqualTo(1);

        JsonNode groups = api.get("/api/v1/community-groups?storeId=" + store, manager).body().get("items");
        JsonNode group = null;
        for (JsonNode g : groups) {
            if (g.get("externalId").asString().equals("wr-demo-jingan-members")) {
                group = g;
            }
        }
        assertThat(group).as(groups.toString()).isNotNull();
        assertThat(group.get("members").asLong()).isEqualTo(4);
        assertThat(group.get("broadcasts").asLong()).isEqualTo(1);
        JsonNode members = api.get("/api/v1/community-groups/" + group.get("id").asString() + "/members", manager)
                .body();
        assertThat(members.findValuesAsString("name")).contains("林小雨");
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
