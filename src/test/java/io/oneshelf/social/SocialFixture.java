package io.oneshelf.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A brand whose online shop sells a teapot at ¥128.00 with 50 in store one shared with online sales, and the named
 * steps of social tests: signed-in shoppers, picking up at store one, paying on the sandbox's page.
 */
public record SocialFixture(Api api, Brand brand, String admin, UUID teapot) {

    public static final long LIST = 12_800;

    public static SocialFixture aShopSellingTeapots(Api api, BrandFixture brands, SkuFixture skus) {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID teapot = skus.aPricedSku(brand, LIST);
        brands.jdbc().sql("update spu set channels = '{ONLINE_MALL,POS}' where id = (select spu_id from sku "
                          + "where id = :s)").param("s", teapot).update();
        Reply online = api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 0));
        assertThat(online.status()).as(online.toString()).isEqualTo(200);
        Reply received = api.post("/api/v1/stock/receipts", admin, Map.of("skuId", teapot, "locationId",
                brand.storeId(), "quantity", 50));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return new SocialFixture(api, brand, admin, teapot);
    }

    public Shopper aShopper() {
        return Shoppers.aShopper(api, brand.code());
    }

    public Map<String, Object> pickup() {
        return Map.of("fulfilment", "PICKUP", "storeId", brand.storeId());
    }

    /** Pays the customer's order on the sandbox's WeChat Pay page (its notification sent at once). */
    public void pay(Shopper shopper, String orderId) {
        Reply pay = api.post(shopper.path("/orders/" + orderId + "/payments"), shopper.accessToken(),
                Map.of("tender", "WECHAT_PAY"));
        assertThat(pay.status()).as(pay.toString()).isEqualTo(200);
        try {
            int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                                    pay.body().get("payUrl").asString() + "/confirm"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("openid=&notify=now")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).isEqualTo(303);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<Integer> statuses(List<Reply> replies) {
        return replies.stream().map(Reply::status).toList();
    }
}
