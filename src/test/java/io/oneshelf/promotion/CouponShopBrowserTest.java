package io.oneshelf.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.order.storefront.StorefrontFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coupons in the shop on a phone (390 px): claim one in My coupons (it shows its code and QR for the till), choose it
 * at checkout, the order uses it.
 */
class CouponShopBrowserTest extends ShopBrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void on_a_phone_a_customer_claims_a_coupon_and_uses_it_at_checkout() {
        StorefrontFixture shop = StorefrontFixture.aShopSellingTea(api, brands, skus);
        String brand = shop.brand().code();
        Reply template = api.post("/api/v1/coupon-templates", shop.admin(), Map.of("name", "满10减5", "kind",
                "AMOUNT_OFF", "amountOff", 500, "threshold", 1000, "validDays", 7, "perMember", 1, "totalLimit", 10,
                "claimable", true));
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        windowOf(PHONE);

        driver.get(api.base() + "/shop.html#/" + brand + "/products/" + shop.product());
        waitForText("product-name", shop.productName());
        click("buy-now");
        signInByPhone(Shoppers.aPhone(), shop.productName());
        click("buy-now");
        waitForText("cart-line", shop.productName());

        driver.get(api.base() + "/shop.html#/" + brand + "/coupons");
        hook("coupons-page");
        click(wait.until(ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.xpath(
                "//*[@role='tab'][contains(., 'To claim')]"))));
        assertThat(fitsTheWindow("claimable-coupon")).isTrue();
        click("claim-coupon");
        click(wait.until(ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.xpath(
                "//*[@role='tab'][contains(., 'Mine')]"))));
        waitForText("my-coupon", "满10减5");
        assertThat(hook("my-coupon-code").getText()).hasSize(12);
        click("my-coupon-qr");
        assertThat(hook("coupon-qr-image").getAttribute("src")).startsWith("blob:");
        assertThat(fitsTheWindow("coupon-qr-image")).isTrue();

        driver.get(api.base() + "/shop.html#/" + brand + "/checkout");
        hook("quote");
        click("coupon-choice-open");
        click("coupon-option");
        waitForText("coupon-choice", "满10减5");
        waitForText("quote", "5.00");
        assertThat(fitsTheWindow("coupon-choice")).isTrue();
        wait.until(ExpectedConditions.elementToBeClickable(inside("place-order", "button"))).click();
        waitForText("order-status", "Unpaid");

        Eventually.until("the coupon used by the order", Duration.ofSeconds(10),
                () -> brands.jdbc().sql("select status from coupon where tenant_id = :t")
                        .param("t", shop.brand().tenantId()).query(String.class).single(), "USED"::equals);
        assertThat(brands.jdbc().sql("select total from sales_order where tenant_id = :t")
                .param("t", shop.brand().tenantId()).query(Long.class).single()).isEqualTo(900);
    }
}
