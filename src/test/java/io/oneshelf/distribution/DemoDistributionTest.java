package io.oneshelf.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Eventually;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo brand's distributor: approved, with a referred customer and an invited distributor, one sale's commission
 * available (part of it withdrawn and paid), another's pending through the return window.
 */
class DemoDistributionTest extends ApiTest {

    @Test
    void the_demo_distributor_has_a_team_commission_pending_and_available_and_a_paid_withdrawal() {
        String admin = api.login("admin@demo", "Demo@2026");
        JsonNode approved = api.get("/api/v1/distributors?status=APPROVED", admin).body().get("items");
        assertThat(approved.size()).isGreaterThanOrEqualTo(2);
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        approved.forEach(all::add);
        assertThat(all).as("one invited by another").anyMatch(d -> d.get("inviterCode").isString());
        assertThat(all).as("named by their masked phone").allMatch(d -> d.get("name").asString().contains("****"));

        JsonNode paid = api.get("/api/v1/distribution/withdrawals?status=PAID", admin).body().get("items");
        assertThat(paid).isNotEmpty();
        String distributor = paid.get(0).get("distributorId").asString();
        assertThat(paid.get(0).get("transferId").asString()).isNotBlank();
        JsonNode ledger = Eventually.until("the second sale's commission", Duration.ofSeconds(60),
                () -> api.get("/api/v1/distribution/commissions?distributorId=" + distributor, admin).body()
                        .get("items"), items -> items.findValuesAsString("kind").stream()
                        .filter("EARNED"::equals).count() == 2);
        assertThat(ledger.findValuesAsString("kind")).contains("SETTLED");
        assertThat(api.get("/api/v1/distribution/check", admin).body().get("differences")).isEmpty();
    }
}
