package io.oneshelf.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.BrowserTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The console's promotions: the editor on a phone (390 px), the live price preview on a tablet (1024 px). */
class PromotionBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void on_a_phone_the_admin_adds_a_spend_and_save_promotion_after_the_server_names_the_tier_at_fault() {
        Brand brand = brands.aBrand();
        windowOf(PHONE);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-promotions");
        click("promotion-create");
        hook("promotion-form");
        type("name", "满100减15");
        type("tiers-0-threshold", "100");
        type("tiers-0-off", "120");
        for (String part : new String[] {"field-name", "field-tiers-0-threshold", "field-tiers-0-off", "promotion-save"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        click("promotion-save");
        assertThat(fieldError("tiers-0-off")).contains("less than");
        assertThat(brands.count("promotion", brand.tenantId())).isZero();

        type("tiers-0-off", "15");
        click("promotion-save");

        Eventually.until("the promotion saved", Duration.ofSeconds(15),
                () -> brands.count("promotion", brand.tenantId()), n -> n == 1);
        waitForText("promotion-rule", "¥15.00");
        assertThat(hook("promotion-name").getText()).isEqualTo("满100减15");
        assertThat(hook("promotion-status").getText()).isEqualTo("Running");
    }

    @Test
    void on_a_tablet_the_preview_prices_a_sample_basket_with_the_promotion_that_applies() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        UUID cake = skus.aPricedSku(brand, 12000);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", cake, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);
        String code = api.get("/api/v1/skus/" + cake, admin).body().get("code").asString();
        Reply created = api.post("/api/v1/promotions", admin, Map.of("name", "满100减15", "kind", "FULL_REDUCTION",
                "tiers", List.of(Map.of("threshold", 10000, "off", 1500)),
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
                "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-promotions");
        hook("promotion-preview");
        hook("preview-store").click();
        click("option-preview-store-S1-" + brand.code());
        hook("preview-sku").click();
        hook("preview-sku").findElement(org.openqa.selenium.By.cssSelector("input")).sendKeys(code);
        click("option-preview-sku-" + code);

        waitForText("preview-total", "¥105.00");
        assertThat(hook("preview-goods").getText()).isEqualTo("¥120.00");
        assertThat(hook("preview-discount").getText()).contains("满100减15").contains("¥15.00");
        assertThat(fitsTheWindow("promotion-preview")).isTrue();
    }
}
