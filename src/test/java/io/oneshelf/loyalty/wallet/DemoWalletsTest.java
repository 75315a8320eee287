package io.oneshelf.loyalty.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo brand's wallets: plans, top-ups at the brand's and the franchisee's stores, and wallet payments. */
class DemoWalletsTest extends ApiTest {

    @Test
    void the_demo_brand_has_plans_topped_up_wallets_and_the_franchisee_owes_the_brand_for_value_spent_at_its_store() {
        String finance = api.login("finance@demo", "Demo@2026");

        assertThat(api.get("/api/v1/wallet-plans", finance).body().get("items").size()).isEqualTo(3);
        JsonNode liability = api.get("/api/v1/wallets/liability", finance).body();
        assertThat(liability.get("owners").valueStream().map(o -> o.get("owner").get("name").asString()))
                .contains("浦东甜品餐饮管理有限公司");
        JsonNode clearing = api.get("/api/v1/wallets/clearing", finance).body().get("rows");
        assertThat(clearing.valueStream().anyMatch(r -> r.get("debtor").get("kind").asString().equals("FRANCHISEE")
                && r.get("creditor").get("kind").asString().equals("BRAND") && r.get("amount").asLong() > 0)).isTrue();
        assertThat(api.get("/api/v1/wallets/check", finance).body().get("differences").size()).isZero();

        // read by staff: the demo customers' own sign-ins belong to the demo's other tests (one code a minute)
        String admin = api.login("admin@demo", "Demo@2026");
        String lin = api.get("/api/v1/customers?phone=13900000001", admin).body().get("items").get(0).get("id")
                .asString();
        JsonNode wallet = api.get("/api/v1/customers/" + lin + "/wallet", finance).body();
        assertThat(wallet.get("bonus").asLong()).isPositive();
        JsonNode entries = api.get("/api/v1/customers/" + lin + "/wallet/entries", finance).body().get("items");
        assertThat(entries.valueStream().map(e -> e.get("kind").asString())).contains("TOP_UP", "SPEND");
    }
}
