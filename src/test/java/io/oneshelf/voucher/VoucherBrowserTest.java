package io.oneshelf.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.BrowserTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Redeeming a car-wash voucher at the counter: part of it on a phone in Chinese, the rest refunded on a tablet. */
class VoucherBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void a_cashier_redeems_two_washes_on_a_phone_and_the_manager_refunds_the_rest_on_a_tablet() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID carWash = skus.aPricedSku(brand, 10000);
        Reply plan = api.put("/api/v1/voucher-plans/" + carWash, admin, Map.of("uses", 5, "validDays", 30,
                "version", 0));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        String order = VoucherObjects.aPaidVoucherOrder(api, brand, carWash, 1, UUID.randomUUID().toString());
        JsonNode voucher = Eventually.until("the voucher", Duration.ofSeconds(30),
                () -> api.get("/api/v1/vouchers?orderId=" + order, admin).body().get("items"),
                items -> items.size() == 1).get(0);
        String code = voucher.get("code").asString();

        windowOf(PHONE);
        click("lang-zh-CN");
        signIn(brand.login("cashier"), BrandFixture.PASSWORD);
        navigate("nav-voucher-redeem");
        hook("voucher-code").sendKeys(code, Keys.ENTER);
        waitForText("voucher-remaining", "5");
        for (String part : new String[] {"voucher-card", "voucher-redeem", "field-uses", "voucher-code"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        type("uses", "6");
        click("voucher-redeem");
        assertThat(fieldError("uses")).contains("1 到 5");
        type("uses", "2");
        click("voucher-redeem");
        waitForText("voucher-remaining", "3");
        waitForText("voucher-done", "剩余 3 次");
        assertThat(driver.findElements(By.cssSelector("[data-test='voucher-use']"))).hasSize(1);
        signOut();

        windowOf(TABLET);
        click("lang-en");
        signIn(brand.login("manager"), BrandFixture.PASSWORD);
        navigate("nav-voucher-redeem");
        hook("voucher-code").sendKeys(voucher.get("qrContent").asString(), Keys.ENTER);
        waitForText("voucher-remaining", "3");
        click("voucher-refund");
        wait.until(d -> !d.findElements(By.cssSelector(".el-message-box__btns .el-button--primary")).isEmpty());
        driver.findElement(By.cssSelector(".el-message-box__btns .el-button--primary")).click();
        waitForText("voucher-done", "¥60.00");
        waitForText("voucher-status", "Refunded");
        assertThat(present("voucher-redeem")).isFalse();
        Eventually.until("the order's refund", Duration.ofSeconds(30),
                () -> api.get("/api/v1/orders/" + order, admin).body().get("refunded").asLong(), r -> r == 6000);
    }
}
