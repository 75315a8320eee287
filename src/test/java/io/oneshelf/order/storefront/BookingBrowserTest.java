package io.oneshelf.order.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pre-order on a phone (390 px): the shop's product is made to order (24 hours), the customer books it for a pickup
 * slot of store one at checkout and pays in the sandbox; the store's cashier marks it made on the production list and
 * verifies the pickup code.
 */
class BookingBrowserTest extends ShopBrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_customer_books_a_cake_for_a_slot_pays_and_the_store_makes_and_hands_it_over() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        String brand = shop.brand().code();
        String admin = shop.admin();
        Reply made = api.put("/api/v1/made-to-order/" + shop.tea(), admin, Map.of("madeToOrder", true, "leadHours",
                24, "version", 0));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        Reply slot = api.post("/api/v1/pickup-slots", admin, Map.of("storeId", shop.brand().storeId(), "startsAt",
                "10:00", "endsAt", "12:00", "capacity", 3, "days", List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                        "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")));
        assertThat(slot.status()).as(slot.toString()).isEqualTo(201);
        String phone = Shoppers.aPhone();
        windowOf(PHONE);

        driver.get(api.base() + "/shop.html#/" + brand + "/products/" + shop.product());
        waitForText("product-name", shop.productName());
        waitForText("made-to-order", "Made to order");
        assertThat(fitsTheWindow("made-to-order")).isTrue();
        click("buy-now");
        signInByPhone(phone, shop.productName());
        click("buy-now");

        waitForText("cart-line", shop.productName());
        wait.until(ExpectedConditions.elementToBeClickable(inside("to-checkout", "button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@data-test='pickup-store'][contains(., 'Store One " + brand + "')]"))).click();
        hook("pickup-slots");
        assertThat(fitsTheWindow("pickup-slots")).isTrue();
        // placing without a slot is refused next to the slot's field
        waitForText("quote", "¥14.00");
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();
        waitForText("slot-error", "pickup date");
        WebElement bookable = wait.until(d -> d.findElements(By.cssSelector("[data-test='pickup-slot']")).stream()
                .filter(WebElement::isDisplayed).filter(e -> !e.getAttribute("class").contains("disabled"))
                .findFirst().orElse(null));
        bookable.click();
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();

        waitForText("order-status", "Unpaid");
        String order = wait.until(d -> d.getCurrentUrl().matches(".*/orders/[0-9a-f-]{36}$") ? d.getCurrentUrl()
                : null).replaceAll(".*/orders/", "");
        waitForText("booking", "10:00");
        assertThat(fitsTheWindow("booking")).isTrue();
        String day = api.get("/api/v1/orders/" + order, admin).body().get("booking").get("date").asString();
        payOnTheSandboxPage();
        wait.until(d -> hook("pickup-code").getText().matches("[0-9]{6}"));
        Eventually.until("the store took it on", Duration.ofSeconds(30),
                () -> api.get("/api/v1/orders/" + order, admin).body().get("status").asString(),
                "FULFILLING"::equals);
        String pickupCode = api.get("/api/v1/pickups/" + order, admin).body().get("code").asString();

        // the store's cashier makes it, then hands it over with the pickup code
        driver.get(api.base() + "/#/login");
        signIn(shop.brand().login("cashier"), BrandFixture.PASSWORD);
        navigate("nav-production");
        driver.get(api.base() + "/#/fulfilment/production?date=" + day);
        waitForText("production-order", shop.productName());
        assertThat(fitsTheWindow("production-order")).isTrue();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test='production-made']"))).click();
        waitForText("production-state", "Made");
        assertThat(api.get("/api/v1/orders/" + order, admin).body().get("status").asString())
                .isEqualTo("READY_FOR_PICKUP");

        navigate("nav-pickup-verify");
        hook("pickup-code").sendKeys(pickupCode, Keys.ENTER);
        hook("pickup-order");
        click("pickup-verify");
        hook("pickup-verified");
        assertThat(api.get("/api/v1/orders/" + order, admin).body().get("status").asString()).isEqualTo("COMPLETED");
    }
}
