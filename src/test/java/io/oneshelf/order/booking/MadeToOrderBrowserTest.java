package io.oneshelf.order.booking;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The console's made-to-order products (decision 0035): an HQ admin makes a SKU to order with a lead time on a
 * tablet (1024 px), a lead time out of range refused next to its field with nothing saved, and no longer made to
 * order; on a phone (390 px) in Chinese the list and the dialog fit the window, and a cashier only reads.
 */
class MadeToOrderBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void on_a_tablet_the_hq_admin_makes_a_sku_to_order_for_24_hours_and_then_no_longer() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID cake = skus.aPricedSku(brand, 16800);
        JsonNode sku = api.get("/api/v1/skus/" + cake, admin).body();
        String code = sku.get("code").asString();
        String name = sku.get("name").asString();
        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-made-to-order");
        hook("made-to-order-table");
        click("made-to-order-create");
        hook("field-skuId").click();
        hook("field-skuId").findElement(By.cssSelector("input")).sendKeys(code);
        hook("option-skuId-" + code).click();
        type("leadHours", "800");
        click("made-to-order-save");
        assertThat(fieldError("leadHours")).contains("720");
        assertThat(settings(admin)).isEmpty();

        type("leadHours", "24");
        click("made-to-order-save");
        waitForText("made-to-order-name", name);
        waitForText("made-to-order-code", code);
        waitForText("made-to-order-lead", "24 h");
        waitForText("made-to-order-state", "Yes");
        JsonNode saved = settings(admin);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).get("skuId").asString()).isEqualTo(cake.toString());
        assertThat(saved.get(0).get("madeToOrder").asBoolean()).isTrue();
        assertThat(saved.get(0).get("leadHours").asInt()).isEqualTo(24);

        click("made-to-order-stop");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".el-message-box__btns .el-button--primary"))).click();
        waitForText("made-to-order-state", "No");
        assertThat(present("made-to-order-stop")).isFalse();
        Eventually.until("no longer made to order", Duration.ofSeconds(15), () -> settings(admin).get(0),
                s -> !s.get("madeToOrder").asBoolean() && s.get("leadHours").asInt() == 24
                     && s.get("version").asInt() == 2);
    }

    @Test
    void on_a_phone_in_chinese_the_list_and_the_dialog_fit_and_a_cashier_only_reads() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID cake = skus.aPricedSku(brand, 16800);
        String name = api.get("/api/v1/skus/" + cake, admin).body().get("name").asString();
        Reply made = api.put("/api/v1/made-to-order/" + cake, admin, Map.of("madeToOrder", true, "leadHours", 24,
                "version", 0));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        windowOf(PHONE);
        click("lang-zh-CN");
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-made-to-order");
        waitForText("made-to-order-name", name);
        waitForText("made-to-order-lead", "24 小时");
        waitForText("made-to-order-state", "是");
        for (String part : new String[] {"made-to-order-table", "made-to-order-create", "made-to-order-edit",
                "made-to-order-stop"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        click("made-to-order-edit");
        hook("made-to-order-dialog");
        type("leadHours", "abc");
        click("made-to-order-save");
        assertThat(fieldError("leadHours")).contains("整数");
        for (String part : new String[] {"made-to-order-sku", "field-madeToOrder", "field-leadHours",
                "made-to-order-save"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        type("leadHours", "48");
        click("made-to-order-save");
        waitForText("made-to-order-lead", "48 小时");
        Eventually.until("48 hours saved", Duration.ofSeconds(15), () -> settings(admin).get(0),
                s -> s.get("leadHours").asInt() == 48 && s.get("version").asInt() == 2);

        click("made-to-order-create");
        hook("made-to-order-dialog");
        for (String part : new String[] {"field-skuId", "field-leadHours", "made-to-order-save"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        signOutPastTheDialog();

        signIn(brand.login("cashier"), BrandFixture.PASSWORD);
        navigate("nav-made-to-order");
        waitForText("made-to-order-lead", "48 小时");
        assertThat(present("made-to-order-create")).isFalse();
        assertThat(present("made-to-order-edit")).isFalse();
        assertThat(present("made-to-order-stop")).isFalse();
    }

    private void signOutPastTheDialog() {
        hook("field-leadHours").sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[data-test='made-to-order-dialog']")));
        signOut();
    }

    private JsonNode settings(String token) {
        Reply list = api.get("/api/v1/made-to-order", token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.body();
    }
}
