package io.oneshelf.order.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A brand whose online shop sells one tea: on shelf for the online mall, a list price of ¥15.00 and an online
 * channel price of ¥14.00, ten in store one, whose stock is shared with online sales (two kept back as safety stock).
 */
public record StorefrontFixture(Brand brand, String admin, UUID tea, UUID product, String productName) {

    static final long LIST_PRICE = 1500;
    static final long ONLINE_PRICE = 1400;

    public static StorefrontFixture aShopSellingTea(Api api, BrandFixture brands, SkuFixture skus) {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID tea = skus.aPricedSku(brand, LIST_PRICE);
        UUID product = brands.jdbc().sql("select spu_id from sku where id = :s").param("s", tea)
                .query(UUID.class).single();
        brands.jdbc().sql("update spu set channels = '{ONLINE_MALL,POS}' where id = :p").param("p", product).update();
        String name = brands.jdbc().sql("select name from spu where id = :p").param("p", product)
                .query(String.class).single();
        Reply prices = api.put("/api/v1/skus/" + tea + "/prices", admin, Map.of("prices", List.of(
                Map.of("kind", "LIST", "priceFen", LIST_PRICE),
                Map.of("kind", "CHANNEL", "channel", "ONLINE_MALL", "priceFen", ONLINE_PRICE))));
        assertThat(prices.status()).as(prices.toString()).isEqualTo(200);
        Reply online = api.put("/api/v1/stock-locations/" + brand.storeId(), admin,
                Map.of("sharedWithOnline", true, "safetyStock", 2));
        assertThat(online.status()).as(online.toString()).isEqualTo(200);
        Reply received = api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId",
                brand.storeId(), "quantity", 10));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return new StorefrontFixture(brand, admin, tea, product, name);
    }

    String shop(String tail) {
        return "/api/v1/shop/" + brand.code() + tail;
    }
}
