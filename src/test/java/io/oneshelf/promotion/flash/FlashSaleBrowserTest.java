package io.oneshelf.promotion.flash;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flash sales on a phone (390 px): the admin keeps one in the console after the server names the price at fault;
 * a customer sees the flash price, the units left and the countdown on the product page and buys at that price.
 */
class FlashSaleBrowserTest extends ShopBrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void on_a_phone_the_admin_adds_a_flash_sale_after_the_server_refuses_a_price_above_the_list_price() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        String code = api.get("/api/v1/skus/" + shop.tea(), shop.admin()).body().get("code").asString();
        windowOf(PHONE);
        signIn(shop.brand().login("admin"), BrandFixture.PASSWORD);

        navigate("nav-flash-sales");
        click("flash-sale-create");
        hook("flash-sale-form");
        type("name", "龙井秒杀");
        hook("field-items").click();
        hook("field-items").findElement(By.cssSelector("input")).sendKeys(code);
        click("option-items-" + code);
        type("items-0-price", "20");
        type("items-0-allocation", "5");
        type("perCustomer", "1");
        for (String part : new String[] {"field-name", "field-items-0-price", "field-items-0-allocation",
            "flash-sale-save"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        click("flash-sale-save");
        assertThat(fieldError("items-0-price")).contains("below the list price");
        assertThat(brands.count("flash_sale", shop.brand().tenantId())).isZero();

        type("items-0-price", "9.90");
        click("flash-sale-save");
        Eventually.until("the flash sale saved", Duration.ofSeconds(15),
                () -> brands.count("flash_sale", shop.brand().tenantId()), n -> n == 1);
        waitForText("flash-sale-sold", "0 of 5 sold");
        assertThat(hook("flash-sale-status").getText()).isEqualTo("Running");
        assertThat(hook("flash-sale-item").getText()).contains("¥9.90");

        click("flash-sale-toggle");
        waitForText("flash-sale-status", "Inactive");
    }

    @Test
    void on_a_phone_a_customer_sees_the_flash_price_units_left_and_countdown_and_buys_at_the_flash_price() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        Reply sale = api.post("/api/v1/flash-sales", shop.admin(), Map.of("name", "龙井秒杀", "items",
                List.of(Map.of("skuId", shop.tea(), "price", 990, "allocation", 5)), "perCustomer", 2,
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString(),
                "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString()));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        windowOf(PHONE);

        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + "/products/" + shop.product());
        waitForText("product-name", shop.productName());
        waitForText("flash-price", "9.90");
        assertThat(hook("flash-left").getText()).contains("5 left");
        assertThat(hook("flash-countdown").getText()).matches("(?s).*Ends in\\s+0?1:5\\d:\\d\\d.*");
        assertThat(fitsTheWindow("flash-sale")).isTrue();

        click("buy-now");
        signInByPhone(io.oneshelf.support.Shoppers.aPhone(), shop.productName());
        click("buy-now");
        waitForText("cart-line", shop.productName());
        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + "/checkout");
        // 14.00 online, 4.10 off at the flash price
        waitForText("quote", "4.10");
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();
        waitForText("order-status", "Unpaid");
        Eventually.until("the order placed at the flash price", Duration.ofSeconds(10),
                () -> brands.jdbc().sql("select total from sales_order where tenant_id = :t")
                        .param("t", shop.brand().tenantId()).query(Long.class).list(), l -> l.equals(List.of(990L)));
    }
}
