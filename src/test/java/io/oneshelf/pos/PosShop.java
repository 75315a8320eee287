package io.oneshelf.pos;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every POS API test starts from: a shop selling tea (¥15, ten in stock at its store), till T1 at that store
 * made by the HQ admin, and the store's cashier signed in to sell at it.
 */
record PosShop(Api api, StorefrontFixture shop, StockClient stock, String till, PosClient cashier) {

    static PosShop withATill(Api api, BrandFixture brands, SkuFixture skus) {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        String till = new PosClient(api, shop.admin()).aTill(shop.brand().storeId(), "T1");
        return new PosShop(api, shop, new StockClient(api, shop.admin()), till, signedIn(api, shop.brand(), "cashier"));
    }

    Brand brand() {
        return shop.brand();
    }

    UUID tea() {
        return shop.tea();
    }

    String admin() {
        return shop.admin();
    }

    /** Another of the brand's staff (the fixture's logins: "manager", "cashier" …) at the POS's API. */
    PosClient as(String login) {
        return signedIn(api, shop.brand(), login);
    }

    /** Opens the cashier's shift at T1 with a float. */
    String openShift(long floatFen) {
        return cashier.openShift(till, floatFen);
    }

    /** T1's path in the API followed by {@code rest} ("/held-sales" …). */
    String tillPath(String rest) {
        return PosClient.POS + "/tills/" + till + rest;
    }

    /** The cashier's sale at T1. */
    Reply sell(UUID clientSaleId, List<Map<String, Object>> lines, List<Map<String, Object>> tenders) {
        return cashier.sell(till, clientSaleId, lines, tenders);
    }

    /** The cashier's return at T1. */
    Reply returns(Map<String, Object> body) {
        return cashier.returns(till, body);
    }

    /** T1's offline sales, synced by its cashier. */
    Reply sync(List<Map<String, Object>> sales) {
        return cashier.sync(till, sales);
    }

    /** The tea's stock at the store, as it stands. */
    long teaInStock() {
        return stock.balance(shop.tea(), shop.brand().storeId())[0];
    }

    private static PosClient signedIn(Api api, Brand brand, String login) {
        return new PosClient(api, api.login(brand.login(login), BrandFixture.PASSWORD));
    }
}
