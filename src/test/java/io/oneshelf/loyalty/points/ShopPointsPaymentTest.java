package io.oneshelf.loyalty.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Points at the shop's checkout: the customer pays part of their order with points (at most the brand's share of
 * the order and their balance; refused on {@code amount} otherwise, nothing changed) and the rest with the wallet.
 */
class ShopPointsPaymentTest extends ApiTest {

    @Autowired
    SkuFixture skus;
    @Autowired
    PointsDesk desk;
    @Autowired
    PointsLedger ledger;
    @Autowired
    PointsCheck check;

    private StorefrontFixture shop;
    private Shopper customer;
    private String order;

    @BeforeEach
    void aCustomerWithPointsAndAnUnpaidOrder() {
        shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        customer = Shoppers.aShopper(api, shop.brand().code());
        // 100 points pay a yuan, points pay at most half an order (the defaults); 5,000 yuan bought: 5,000 points
        desk.earn(PointsOrders.aPaidOrder(shop.brand().tenantId(), customer.customerId(), UUID.randomUUID(), 500_000,
                0), null, 100);
        order = anOrderOfTwoTeas(customer);
    }

    @Test
    void points_pay_up_to_half_the_order_and_the_wallet_the_rest() {
        Reply points = pay(customer, order, Map.of("tender", "POINTS", "amount", 1_400));
        assertThat(points.status()).as(points.toString()).isEqualTo(200);
        assertThat(points.body().get("amount").asLong()).isEqualTo(1_400);
        assertThat(ledger.balance(shop.brand().tenantId(), customer.customerId())).isEqualTo(5_000 - 1_400);
        JsonNode half = api.get(customer.path("/orders/" + order), customer.accessToken()).body();
        assertThat(half.get("outstanding").asLong()).isEqualTo(1_400);
        assertThat(half.get("status").asString()).isEqualTo("CREATED");

        String cashier = api.login(shop.brand().login("cashier"), BrandFixture.PASSWORD);
        assertThat(api.post("/api/v1/wallet-top-ups", cashier, Map.of("customerId", customer.customerId(), "storeId",
                shop.brand().storeId(), "amount", 2_000, "tender", "CASH", "cashTendered", 2_000)).status())
                .isEqualTo(201);
        Reply wallet = pay(customer, order, Map.of("tender", "WALLET"));
        assertThat(wallet.status()).as(wallet.toString()).isEqualTo(200);
        assertThat(wallet.body().get("amount").asLong()).isEqualTo(1_400);

        Eventually.until("the order paid", Duration.ofSeconds(20),
                () -> api.get(customer.path("/orders/" + order), customer.accessToken()).body(),
                o -> "PAID".equals(o.get("status").asString()));
        assertThat(check.check(shop.brand().tenantId(), customer.customerId()).differences()).isEmpty();
    }

    @Test
    void more_than_half_the_order_or_than_the_balance_is_refused_on_amount_and_changes_nothing() {
        Reply overCap = pay(customer, order, Map.of("tender", "POINTS", "amount", 1_401));
        assertThat(overCap.status()).as(overCap.toString()).isEqualTo(400);
        assertThat(overCap.body().get("errors").get(0).get("field").asString()).isEqualTo("amount");

        Shopper poor = Shoppers.aShopper(api, shop.brand().code());
        desk.earn(PointsOrders.aPaidOrder(shop.brand().tenantId(), poor.customerId(), UUID.randomUUID(), 1_000, 0),
                null, 100);
        Reply notEnough = pay(poor, anOrderOfTwoTeas(poor), Map.of("tender", "POINTS", "amount", 500));
        assertThat(notEnough.status()).as(notEnough.toString()).isEqualTo(400);
        assertThat(notEnough.body().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        Reply zero = pay(customer, order, Map.of("tender", "POINTS", "amount", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body().get("errors").get(0).get("field").asString()).isEqualTo("amount");

        assertThat(ledger.balance(shop.brand().tenantId(), customer.customerId())).isEqualTo(5_000);
        assertThat(ledger.balance(shop.brand().tenantId(), poor.customerId())).isEqualTo(10);
        assertThat(api.get(customer.path("/orders/" + order), customer.accessToken()).body().get("outstanding")
                .asLong()).isEqualTo(2_800);
    }

    private Reply pay(Shopper who, String orderId, Map<String, Object> body) {
        return api.post(who.path("/orders/" + orderId + "/payments"), who.accessToken(), body);
    }

    private String anOrderOfTwoTeas(Shopper who) {
        assertThat(api.post(who.path("/cart/items"), who.accessToken(), Map.of("skuId", shop.tea(), "quantity", 2))
                .status()).isEqualTo(200);
        Reply placed = api.post(who.path("/orders"), who.accessToken(), Map.of("fulfilment", "PICKUP", "storeId",
                shop.brand().storeId()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.id();
    }
}
