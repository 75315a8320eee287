package io.oneshelf.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The member's whole round on a phone: tops up the wallet by a plan (¥50 + ¥5 bonus), buys a tea (¥14.00) and a cup
 * (¥30.00) with a 满10减5 coupon and pays by wallet, asks to return the tea; the store accepts on a tablet and the
 * wallet gets back exactly the tea's share after the coupon (¥12.41 of ¥39.00: the ¥5.00 is apportioned by largest
 * remainder, ¥1.59 to the tea and ¥3.41 to the cup), split into principal and bonus as the spend was.
 */
class WalletAndCouponPurchaseBrowserTest extends ShopBrowserTest {

    /** The tea's payable: ¥14.00 less its share of the coupon (500 × 1400 / 4400 = 159.09, rounded down). */
    private static final long TEA_AFTER_COUPON = 1241;
    private static final long PAID = 3900;

    @Autowired
    SkuFixture skus;

    @Test
    void a_member_pays_by_wallet_with_a_coupon_returns_one_line_and_the_wallet_gets_that_lines_share_back() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        Brand brand = shop.brand();
        Cup cup = aCupOnSale(shop);
        created(api.post("/api/v1/wallet-plans", shop.admin(), Map.of("name", "Pay 50 get 55", "pay", 5000,
                "bonus", 500)));
        created(api.post("/api/v1/coupon-templates", shop.admin(), Map.of("name", "满10减5", "kind", "AMOUNT_OFF",
                "amountOff", 500, "threshold", 1000, "validDays", 7, "perMember", 1, "totalLimit", 10,
                "claimable", true)));
        windowOf(PHONE);

        driver.get(shopUrl(brand, "/products/" + shop.product()));
        waitForText("product-name", shop.productName());
        click("buy-now");
        signInByPhone(Shoppers.aPhone(), shop.productName());
        click("buy-now");
        waitForText("cart-line", shop.productName());
        driver.get(shopUrl(brand, "/products/" + cup.product()));
        waitForText("product-name", cup.name());
        click("buy-now");
        wait.until(d -> d.findElements(By.cssSelector("[data-test='cart-line']")).size() == 2);

        driver.get(shopUrl(brand, "/wallet"));
        waitForText("wallet-balance", "¥0.00");
        payOnTheSandboxPage("wallet-plan");
        waitForText("wallet-balance", "¥55.00");
        claimTheCoupon(brand);

        driver.get(shopUrl(brand, "/checkout"));
        hook("quote");
        click("coupon-choice-open");
        click("coupon-option");
        waitForText("coupon-choice", "满10减5");
        waitForText("quote", "¥-5.00");
        waitForText("place-order", "39.00");
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();
        waitForText("order-status", "Unpaid");
        click("pay-with-wallet");
        // paid, and a pickup order may already be in the store's hands
        wait.until(d -> List.of("Paid", "Being prepared").contains(hook("order-status").getText().strip()));
        String orderId = driver.getCurrentUrl().replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1");
        JsonNode order = api.get("/api/v1/orders/" + orderId, shop.admin()).body();
        assertThat(order.get("total").asLong()).isEqualTo(PAID);
        assertThat(order.get("lines").get(0).get("skuId").asString()).isEqualTo(shop.tea().toString());

        askToReturnTheFirstLine();
        acceptTheReturnOnATablet(brand, order.get("number").asString());

        UUID customer = UUID.fromString(order.get("customerId").asString());
        theWalletGotTheTeasShareBack(shop.admin(), customer);
        windowOf(PHONE);
        driver.get(shopUrl(brand, "/wallet"));
        waitForText("wallet-balance", "¥28.41"); // 55.00 − 39.00 + 12.41
        assertThat(brands.jdbc().sql("select status from coupon where tenant_id = :t")
                .param("t", brand.tenantId()).query(String.class).single())
                .as("a partial return keeps the coupon used").isEqualTo("USED");
    }

    private void claimTheCoupon(Brand brand) {
        driver.get(shopUrl(brand, "/coupons"));
        hook("coupons-page");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@role='tab'][contains(., 'To claim')]"))));
        click("claim-coupon");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@role='tab'][contains(., 'Mine')]"))));
        waitForText("my-coupon", "满10减5");
    }

    private void askToReturnTheFirstLine() {
        click("request-return");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".van-popup .van-stepper__plus"))));
        input("return-reason").sendKeys("Too much tea");
        click("send-return");
        waitForText("return-row", "Requested");
    }

    private void acceptTheReturnOnATablet(Brand brand, String number) {
        windowOf(TABLET);
        driver.get(api.base() + "/#/login");
        click("lang-en");
        signIn(brand.login("manager"), BrandFixture.PASSWORD);
        navigate("nav-orders");
        hook("filter-q").sendKeys(number, Keys.ENTER);
        click("order-open");
        drawerReady("order");
        click("return-accept");
        click("order-return-confirm");
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-test='order-drawer'] [data-test='order-payment']"), "data-refunded",
                String.valueOf(TEA_AFTER_COUPON)));
        hook("payment-refunded");
    }

    /** One refund entry of the tea's share, in the spend's own split of principal and bonus (to the fen). */
    private void theWalletGotTheTeasShareBack(String admin, UUID customer) {
        JsonNode entries = api.get("/api/v1/customers/" + customer + "/wallet/entries", admin).body();
        List<JsonNode> all = StreamSupport.stream(entries.get("items").spliterator(), false).toList();
        JsonNode spend = only(all, "SPEND");
        JsonNode refund = only(all, "REFUND");
        assertThat(-spend.get("amount").asLong()).isEqualTo(PAID);
        assertThat(refund.get("amount").asLong()).isEqualTo(TEA_AFTER_COUPON);
        double principalShare = (double) spend.get("principal").asLong() * TEA_AFTER_COUPON / spend.get("amount")
                .asLong();
        assertThat((double) refund.get("principal").asLong()).isCloseTo(principalShare,
                org.assertj.core.data.Offset.offset(1.0));
        JsonNode wallet = api.get("/api/v1/customers/" + customer + "/wallet", admin).body();
        assertThat(wallet.get("balance").asLong()).isEqualTo(5500 - PAID + TEA_AFTER_COUPON);
        JsonNode check = api.get("/api/v1/wallets/check", admin).body();
        assertThat(check.get("differences")).as(check.toString()).isEmpty();
        assertThat(check.get("walletsChecked").asLong()).isPositive();
    }

    private static JsonNode only(List<JsonNode> entries, String kind) {
        List<JsonNode> ofKind = entries.stream().filter(e -> kind.equals(e.get("kind").asString())).toList();
        assertThat(ofKind).as(kind + " entries").hasSize(1);
        return ofKind.get(0);
    }

    private record Cup(UUID sku, UUID product, String name) {
    }

    /** A cup at ¥30.00 (no online price), five in the shop's store. */
    private Cup aCupOnSale(StorefrontFixture shop) {
        UUID sku = skus.aPricedSku(shop.brand(), 3000);
        UUID product = brands.jdbc().sql("select spu_id from sku where id = :s").param("s", sku)
                .query(UUID.class).single();
        brands.jdbc().sql("update spu set channels = '{ONLINE_MALL,POS}' where id = :p").param("p", product).update();
        String name = brands.jdbc().sql("select name from spu where id = :p").param("p", product)
                .query(String.class).single();
        created(api.post("/api/v1/stock/receipts", shop.admin(), Map.of("skuId", sku, "locationId",
                shop.brand().storeId(), "quantity", 5)));
        return new Cup(sku, product, name);
    }

    private String shopUrl(Brand brand, String tail) {
        return api.base() + "/shop.html#/" + brand.code() + tail;
    }

    private static void created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }
}
