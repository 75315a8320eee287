package io.oneshelf.loyalty.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** Named steps of the wallet's tests: plans, top-ups at a store, the sandbox's pay page. */
final class WalletFixture {

    private WalletFixture() {
    }

    /** A plan of the brand: pay {@code pay}, get {@code bonus} more; its id. */
    static String aPlan(Api api, String admin, String name, long pay, long bonus) {
        Reply plan = api.post("/api/v1/wallet-plans", admin, Map.of("name", name, "pay", pay, "bonus", bonus));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        return plan.id();
    }

    /** A cash top-up of {@code amount} fen (no bonus) at a store; the answer. */
    static Reply aCashTopUp(Api api, String staff, UUID customerId, UUID storeId, long amount) {
        Reply topUp = api.post("/api/v1/wallet-top-ups", staff, Map.of("customerId", customerId, "storeId", storeId,
                "amount", amount, "tender", "CASH", "cashTendered", amount));
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        return topUp;
    }

    /** A cash top-up by a plan at a store. */
    static Reply aPlanTopUp(Api api, String staff, UUID customerId, UUID storeId, String planId, long pay) {
        Reply topUp = api.post("/api/v1/wallet-top-ups", staff, Map.of("customerId", customerId, "storeId", storeId,
                "planId", planId, "tender", "CASH", "cashTendered", pay));
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        return topUp;
    }

    /** Confirms a payment on the sandbox gateway's pay page, its notification sent at once; the page's status. */
    static int confirmOnTheSandboxPage(String payUrl) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(payUrl + "/confirm"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("openid=&notify=now")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
