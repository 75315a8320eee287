package io.oneshelf.loyalty.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Wallet objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): an active plan, a
 * paused one, a cash top-up of the owner's shop customer at store two (a narrower scope of store two may see it) and
 * an online top-up of theirs paid through the sandbox; and a valid body for every mutating wallet endpoint. The shop's top-up
 * names the paused plan, so that no customer's walk opens a payment in the owner's brand.
 */
public final class WalletObjects {

    private WalletObjects() {
    }

    public static Map<String, String> create(Api api, Brand owner, String ownerAdmin, String customerId,
                                             String shopperToken) {
        String plan = WalletFixture.aPlan(api, ownerAdmin, "充500送50", 50000, 5000);
        Reply paused = api.post("/api/v1/wallet-plans", ownerAdmin, Map.of("name", "停用", "pay", 100, "bonus", 0,
                "active", false));
        assertThat(paused.status()).as(paused.toString()).isEqualTo(201);
        WalletFixture.aCashTopUp(api, ownerAdmin, UUID.fromString(customerId), owner.otherStoreId(), 3000);
        Reply online = api.post("/api/v1/shop/" + owner.code() + "/me/wallet/top-ups", shopperToken,
                Map.of("planId", plan));
        assertThat(online.status()).as(online.toString()).isEqualTo(201);
        // paid and credited before the walk, so that no gateway query changes it while the walk runs
        assertThat(WalletFixture.confirmOnTheSandboxPage(online.body().get("payUrl").asString())).isEqualTo(303);
        io.oneshelf.support.Eventually.until("the owner's online top-up credited", java.time.Duration.ofSeconds(30),
                () -> api.get("/api/v1/shop/" + owner.code() + "/me/wallet/top-ups/" + online.id(), shopperToken)
                        .body(), t -> t.get("status").asString().equals("CREDITED"));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("wallet-plans", plan);
        ids.put("paused-wallet-plan", paused.id());
        ids.put("top-ups", online.id());
        return ids;
    }

    public static Map<String, Object> sampleBodies(Brand owner, Map<String, String> ids) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/wallet-plans", Map.of("name", "Hijack", "pay", 100, "bonus", 0));
        bodies.put("PUT /api/v1/wallet-plans/{id}", Map.of("name", "Hijack", "pay", 100, "bonus", 0, "version", 1));
        bodies.put("DELETE /api/v1/wallet-plans/{id}", null);
        bodies.put("POST /api/v1/wallet-top-ups", Map.of("customerId", ids.get("customers"), "storeId",
                owner.storeId(), "amount", 100, "tender", "CASH", "cashTendered", 100));
        bodies.put("POST /api/v1/shop/{brandCode}/me/wallet/top-ups", Map.of("planId", ids.get("paused-wallet-plan")));
        return bodies;
    }
}
