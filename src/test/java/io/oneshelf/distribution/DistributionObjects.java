package io.oneshelf.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.distribution.commission.Settling;
import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Distribution objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): level 1, the
 * owner's customer an approved distributor with a SKU rule, a referred customer's order settled, and a withdrawal
 * of part of it waiting for a decision. The tables the API could change are in the snapshot.
 */
public final class DistributionObjects {

    public static final List<String> TABLES = List.of("distribution_settings", "distribution_level",
            "distribution_rule", "distribution_withdrawal", "distribution_payout");

    /** Distributors staff decided on (any customer of the brand may apply through the shop in a walk). */
    public static final String DECIDED = "select to_jsonb(x) from distributor x where tenant_id = :t"
                                         + " and decided_at is not null order by 1";

    private DistributionObjects() {
    }

    /** Ids for {@code distributors}, {@code rules} and {@code withdrawals}. */
    public static Map<String, String> create(Api api, BrandFixture brands, Settling settling, Brand owner,
                                             String ownerAdmin, String shopperToken, UUID sku) {
        assertThat(api.put("/api/v1/distribution/levels", ownerAdmin, Map.of("level", 1, "name", "Bronze",
                "firstBp", 1000, "secondBp", 300)).status()).isEqualTo(200);
        String shop = "/api/v1/shop/" + owner.code() + "/me";
        Reply applied = api.post(shop + "/distributor", shopperToken, Map.of("payee", "o-owner-" + owner.code()));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String id = applied.body().get("distributor").get("id").asString();
        Reply approved = api.post("/api/v1/distributors/" + id + "/decision", ownerAdmin, Map.of("status",
                "APPROVED", "level", 1, "version", applied.body().get("distributor").get("version").asInt()));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Reply rule = api.post("/api/v1/distribution/rules", ownerAdmin, Map.of("scope", "SKU", "targetId", sku,
                "firstBp", 1000, "secondBp", 0));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);

        Shoppers.Shopper referred = Shoppers.aShopper(api, owner.code());
        assertThat(api.post(referred.path("/me/referrer"), referred.accessToken(),
                Map.of("code", approved.body().get("code").asString())).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/stock/receipts", ownerAdmin, Map.of("skuId", sku, "locationId",
                owner.storeId(), "quantity", 2)).status()).isEqualTo(201);
        Reply sale = api.post("/api/v1/orders", ownerAdmin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", owner.storeId(), "customerId", referred.customerId(),
                "lines", List.of(Map.of("skuId", sku, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 5000, "cashTendered", 5000))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Eventually.until("the commission earned", Duration.ofSeconds(30), () -> brands.jdbc().sql(
                "select count(*) from distribution_commission where order_id = :o").param("o",
                UUID.fromString(sale.id())).query(Integer.class).single(), n -> n > 0);
        brands.jdbc().sql("update distribution_commission set settles_at = now() - interval '1 minute'"
                          + " where order_id = :o").param("o", UUID.fromString(sale.id())).update();
        settling.settleDue(OffsetDateTime.now());
        Reply withdrawal = api.post(shop + "/distributor/withdrawals", shopperToken, Map.of("amount", 100));
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(201);
        return Map.of("distributors", id, "rules", rule.id(), "withdrawals", withdrawal.id());
    }

    public static Map<String, Object> sampleBodies() {
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("PUT /api/v1/distribution/settings", Map.of("bindingRule", "LAST_TOUCH", "bindingDays", 30,
                "protectionDays", 7, "returnWindowDays", 7, "minWithdrawal", 100, "version", 0));
        bodies.put("PUT /api/v1/distribution/levels", Map.of("level", 2, "name", "Silver", "firstBp", 1200,
                "secondBp", 400));
        bodies.put("POST /api/v1/distributors/{id}/decision", Map.of("status", "FROZEN", "level", 1, "version", 2));
        bodies.put("POST /api/v1/distribution/rules", Map.of("scope", "CATEGORY", "targetId", UUID.randomUUID(),
                "firstBp", 800, "secondBp", 200));
        bodies.put("DELETE /api/v1/distribution/rules/{id}", null);
        bodies.put("POST /api/v1/distribution/withdrawals/{id}/decision", Map.of("approve", false,
                "reason", "walk"));
        bodies.put("POST /api/v1/shop/{brandCode}/me/referrer", Map.of("code", "NOSUCH99"));
        bodies.put("POST /api/v1/shop/{brandCode}/me/distributor", Map.of("payee", "o-walk"));
        bodies.put("POST /api/v1/shop/{brandCode}/me/distributor/withdrawals", Map.of("amount", 100));
        return bodies;
    }

    public static Map<String, Map<String, String>> sampleQueries(Map<String, String> ids) {
        return Map.of("GET /api/v1/distribution/bindings", Map.of("customerId", ids.get("customers")));
    }
}
