package io.oneshelf.social;

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
 * Social objects of an owner brand for the tests that walk every endpoint ({@code EndpointWalk}): a group buy and a
 * bargain campaign of a SKU nothing else of the walk sells, a group its customer opened (unpaid: OPENING) and a
 * bargain they started, and a valid body for every mutating endpoint of the module.
 */
public final class SocialObjects {

    /** The module's tables, every row of which names its brand: a walk must leave the owner's unchanged. */
    public static final List<String> TABLES = List.of("social_settings", "group_buy", "group_buy_group",
            "group_buy_member", "bargain_campaign", "bargain", "bargain_help");

    private SocialObjects() {
    }

    /** Ids for {@code group-buys}, {@code group-buy-groups} and {@code groups} (a code), bargains likewise. */
    public static Map<String, String> create(Api api, BrandFixture brands, Brand owner, String ownerAdmin,
                                             UUID ownSku, String shopperToken) {
        brands.jdbc().sql("update spu set channels = '{ONLINE_MALL,POS}' where tenant_id = :t and id = "
                          + "(select spu_id from sku where id = :s)").param("t", owner.tenantId()).param("s", ownSku)
                .update();
        assertThat(api.put("/api/v1/stock-locations/" + owner.storeId(), ownerAdmin, Map.of("sharedWithOnline", true,
                "safetyStock", 0)).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/stock/receipts", ownerAdmin, Map.of("skuId", ownSku, "locationId",
                owner.storeId(), "quantity", 5)).status()).isEqualTo(201);
        Reply campaign = api.post("/api/v1/group-buys", ownerAdmin, groupBuy(ownSku, null));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        String shop = "/api/v1/shop/" + owner.code();
        Reply opened = api.post(shop + "/group-buys/" + campaign.id() + "/groups", shopperToken,
                Map.of("fulfilment", "PICKUP", "storeId", owner.storeId()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String code = opened.body().get("group").get("code").asString();
        Reply bargains = api.post("/api/v1/bargain-campaigns", ownerAdmin, bargain(ownSku, null));
        assertThat(bargains.status()).as(bargains.toString()).isEqualTo(201);
        Reply started = api.post(shop + "/bargain-campaigns/" + bargains.id() + "/bargains", shopperToken, Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        // inactive from now on: the walk's other customers find nothing to open, join, start or cut (404)
        assertThat(api.post("/api/v1/group-buys/" + campaign.id() + "/deactivate", ownerAdmin, Map.of()).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/bargain-campaigns/" + bargains.id() + "/deactivate", ownerAdmin, Map.of())
                .status()).isEqualTo(200);
        return Map.of("group-buys", campaign.id(), "group-buy-groups", code, "groups", code,
                "bargain-campaigns", bargains.id(), "bargains", started.body().get("code").asString(),
                "social-sku", ownSku.toString());
    }

    public static Map<String, Object> sampleBodies(Brand owner, Map<String, String> ids) {
        UUID sku = UUID.fromString(ids.get("social-sku"));
        Map<String, Object> pickup = Map.of("fulfilment", "PICKUP", "storeId", owner.storeId());
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("POST /api/v1/group-buys", groupBuy(sku, null));
        bodies.put("PUT /api/v1/group-buys/{id}", groupBuy(sku, 1));
        bodies.put("POST /api/v1/group-buys/{id}/activate", Map.of());
        bodies.put("POST /api/v1/group-buys/{id}/deactivate", Map.of());
        bodies.put("POST /api/v1/group-buy-groups/{code}/joins", Map.of("customerId", UUID.randomUUID(),
                "storeId", owner.storeId(), "tenders", List.of(Map.of("tender", "CASH", "amount", 3000,
                        "cashTendered", 3000))));
        bodies.put("PUT /api/v1/social-settings", Map.of("virtualMembers", true, "version", 0));
        bodies.put("POST /api/v1/bargain-campaigns", bargain(sku, null));
        bodies.put("PUT /api/v1/bargain-campaigns/{id}", bargain(sku, 1));
        bodies.put("POST /api/v1/bargain-campaigns/{id}/activate", Map.of());
        bodies.put("POST /api/v1/bargain-campaigns/{id}/deactivate", Map.of());
        bodies.put("POST /api/v1/shop/{brandCode}/group-buys/{id}/groups", pickup);
        bodies.put("POST /api/v1/shop/{brandCode}/groups/{code}/joins", pickup);
        bodies.put("POST /api/v1/shop/{brandCode}/bargain-campaigns/{id}/bargains", Map.of());
        bodies.put("POST /api/v1/shop/{brandCode}/bargains/{code}/helps", Map.of());
        bodies.put("POST /api/v1/shop/{brandCode}/bargains/{code}/orders", pickup);
        return bodies;
    }

    private static Map<String, Object> groupBuy(UUID sku, Integer version) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "拼团", "skuId", sku, "groupPrice", 3000,
                "groupSize", 3, "limitMinutes", 60, "perCustomer", 1, "allocation", 2,
                "startsAt", "2026-01-01T00:00:00Z", "endsAt", "2036-01-01T00:00:00Z"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Map<String, Object> bargain(UUID sku, Integer version) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "砍价", "skuId", sku, "startPrice", 4000,
                "floorPrice", 1000, "helpersNeeded", 3, "limitMinutes", 60, "helpsPerDay", 3, "allocation", 2,
                "startsAt", "2026-01-01T00:00:00Z", "endsAt", "2036-01-01T00:00:00Z"));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }
}
