package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Guide content (导购种草) on a phone: the guide publishes a post on the workbench (in Chinese), a customer opens its
 * link in the shop, adds its product to the cart from it, orders and pays on the sandbox's page, and the workbench
 * shows the post's one view, one visitor, one add-to-cart, one order and its sales.
 */
class GuideContentBrowserTest extends ShopBrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_guides_post_opened_carted_ordered_and_paid_in_the_shop_shows_its_figures_on_the_workbench() {
        SocialFixture shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
        String teapot = api.get("/api/v1/skus/" + shop.teapot(), shop.admin()).body().get("code").asString();
        windowOf(PHONE);
        language("zh-CN");

        driver.get(api.base() + "/guide.html#/shares");
        input("login-input").sendKeys(shop.brand().login("guide"));
        input("password-input").sendKeys(io.oneshelf.support.BrandFixture.PASSWORD);
        click("login-submit");
        clickUntil("tab-shares", "shares-nav");
        wait.until(ExpectedConditions.elementToBeClickable(inside("shares-nav", ".van-nav-bar__right"))).click();
        hook("share-form");
        input("share-field-title").sendKeys("紫砂壶 · 店长推荐");
        wait.until(ExpectedConditions.elementToBeClickable(inside("share-field-body", "textarea")))
                .sendKeys("手工拉坯，泡乌龙最好。");
        input("share-product-search").sendKeys(teapot, Keys.ENTER);
        click("share-product-option");
        waitForText("share-picked", teapot);
        click("share-publish");
        waitForText("share-title", "紫砂壶 · 店长推荐");
        assertThat(hook("share-views").getText()).isEqualTo("0");
        assertThat(fitsTheWindow("share-card")).isTrue();
        click("share-poster");
        String link = hook("share-link").getText();
        assertThat(link).contains("/shop.html#/" + shop.brand().code() + "/posts/");

        language("en");
        driver.get(link);
        waitForText("post-title", "紫砂壶 · 店长推荐");
        click("post-add-to-cart");
        signInWithCode(Shoppers.aPhone());
        waitForText("post-title", "紫砂壶 · 店长推荐");
        click("post-add-to-cart");
        click("post-go-to-cart");
        hook("cart-line");
        wait.until(ExpectedConditions.elementToBeClickable(inside("to-checkout", "button"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@data-test='pickup-store'][contains(., 'Store One " + shop.brand().code() + "')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();
        waitForText("order-status", "Unpaid");
        payOnTheSandboxPage();

        JsonNode share = Eventually.until("the paid order attributed", Duration.ofSeconds(30), () -> api.get(
                "/api/v1/guide-shares", shop.admin()).body().get("items").get(0),
                s -> s.get("stats").get("orders").asLong() == 1);
        assertThat(share.get("stats").get("sales").asLong()).isEqualTo(SocialFixture.LIST);

        language("zh-CN");
        driver.get(api.base() + "/guide.html#/shares");
        driver.navigate().refresh();
        waitForText("share-orders", "1");
        assertThat(hook("share-views").getText()).isEqualTo("1");
        assertThat(hook("share-visitors").getText()).isEqualTo("1");
        assertThat(hook("share-carts").getText()).isEqualTo("1");
        assertThat(hook("share-sales").getText()).contains("128.00");
        assertThat(hook("tab-shares").getText()).isEqualTo("种草");
    }

    private void language(String locale) {
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', arguments[0]);", locale);
    }
}
