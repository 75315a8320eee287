package io.oneshelf.order.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.web.BrowserTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The console's order routing screen on a phone (390 px) and a tablet (1024 × 768). */
class RoutingRulesBrowserTest extends BrowserTest {

    @Autowired
    RoutingRules rules;

    @Test
    void on_a_phone_the_hq_admin_sets_the_rule_with_every_field_and_save_in_the_windows_width() {
        Brand brand = brands.aBrand();
        windowOf(PHONE);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-routing-rules");
        hook("routing-form");
        assertThat(hook("field-sameCityMaxKm").getAttribute("value")).isEqualTo("5.0");
        for (String part : new String[] {"field-preference", "field-franchiseStock", "field-sameCityMaxKm",
                "routing-save", "preference-hint", "franchise-hint"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        assertThat(present("field-franchiseBuffer")).isFalse();

        click("option-preference-PREFER_STORES");
        waitForText("preference-hint", "nearest store");
        type("sameCityMaxKm", "2.25");
        click("option-franchiseStock-ABOVE_BUFFER");
        type("franchiseBuffer", "4");
        click("routing-save");
        assertThat(fieldError("sameCityMaxKm")).contains("one decimal");
        assertThat(rules.of(brand.tenantId()).version()).isZero();

        type("sameCityMaxKm", "3.5");
        click("routing-save");

        Eventually.until("the rule saved", Duration.ofSeconds(15), () -> rules.of(brand.tenantId()),
                r -> r.version() == 1);
        assertThat(rules.of(brand.tenantId())).isEqualTo(new RoutingRule(RoutingPreference.PREFER_STORES,
                new BigDecimal("3.5"), FranchiseStockRule.ABOVE_BUFFER, 4, 1));
    }

    @Test
    void on_a_tablet_a_change_from_a_stale_version_is_refused_and_the_latest_can_be_reloaded() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-routing-rules");
        hook("routing-form");
        Reply meanwhile = api.put("/api/v1/routing-rules", admin, Map.of("preference", "PREFER_STORES",
                "sameCityMaxKm", 8, "franchiseStock", "ALWAYS", "franchiseBuffer", 0, "version", 0));
        assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);

        click("option-franchiseStock-NEVER");
        click("routing-save");
        hook("conflict");
        assertThat(fitsTheWindow("conflict")).isTrue();
        click("reload-latest");

        wait.until(d -> hook("field-sameCityMaxKm").getAttribute("value").equals("8.0"));
        assertThat(present("conflict")).isFalse();
        assertThat(rules.of(brand.tenantId()).franchiseStock()).isEqualTo(FranchiseStockRule.ALWAYS);
    }

    @Test
    void a_region_manager_reads_the_rule_but_cannot_change_it() {
        Brand brand = brands.aBrand();
        windowOf(TABLET);
        signIn(brand.login("region"), BrandFixture.PASSWORD);

        navigate("nav-routing-rules");
        hook("routing-read-only");

        assertThat(present("routing-save")).isFalse();
        assertThat(driver.findElement(By.cssSelector("[data-test='field-sameCityMaxKm']")).isEnabled()).isFalse();
    }
}
