package io.oneshelf.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The franchise settlement screen: the HQ admin reads who owes whom, checks the ledger and sets the rate on a
 * tablet (1024 × 768) in English; the franchisee reads its own net on a phone (390 px) in Chinese.
 */
class SettlementBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    private SettlementFixture f;

    /** The brand sold tea from the franchisee's store (¥15.00 owed to it), the franchisee cake from the brand's warehouse (¥88.00 owed by it). */
    @BeforeEach
    void ordersBothWays() {
        f = new SettlementFixture(api, brands, skus);
        String brandOrder = f.aPaidDelivery(f.login("guide"), f.tea, 1);
        String franchiseOrder = f.aPaidDelivery(f.login("othermanager"), f.cake, 1);
        f.entriesOf(brandOrder, f.admin, 1);
        f.entriesOf(franchiseOrder, f.admin, 1);
    }

    @Test
    void on_a_tablet_the_hq_admin_reads_the_net_checks_the_ledger_and_sets_the_rate() {
        windowOf(TABLET);
        signIn(f.brand.login("admin"), BrandFixture.PASSWORD);

        navigate("nav-settlement-report");
        waitForText("pair-net", "¥73.00");
        assertThat(hook("pair-debtor").getText()).isEqualTo("Franchisee " + f.brand.code());
        assertThat(hook("pair-creditor").getText()).isEqualTo("Brand " + f.brand.code());
        assertThat(hook("pair-owed").getText()).isEqualTo("¥88.00");
        assertThat(hook("pair-owedBack").getText()).isEqualTo("¥15.00");
        wait.until(d -> d.findElements(By.cssSelector("[data-test='settlement-entries'] [data-test='entry-amount']"))
                .size() == 2);
        for (String part : new String[] {"pair-row", "settlement-check", "field-from", "field-to"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }

        click("settlement-check");
        waitForText("settlement-check-ok", "2 orders checked");

        type("ratePercent", "0");
        click("settlement-rule-save");
        assertThat(fieldError("ratePercent")).contains("1 to 100");
        type("ratePercent", "85");
        click("settlement-rule-save");
        Eventually.until("the rate saved", SettlementFixture.WAIT,
                () -> api.get("/api/v1/settlement-rules", f.admin).body(), r -> r.get("version").asInt() == 1);
        assertThat(api.get("/api/v1/settlement-rules", f.admin).body().get("ratePercent").asInt()).isEqualTo(85);
    }

    @Test
    void on_a_phone_the_franchisee_reads_its_own_net_in_chinese_and_cannot_change_the_rate() {
        windowOf(PHONE);
        click("lang-zh-CN");
        signIn(f.brand.login("franchisee"), BrandFixture.PASSWORD);

        navigate("nav-settlement-report");
        waitForText("pair-net", "¥73.00");
        assertThat(hook("settlement-page").getText()).contains("加盟结算").contains("应付");
        assertThat(driver.findElements(By.cssSelector("[data-test='settlement-entries'] [data-test='list-card']")))
                .hasSize(2);
        for (String part : new String[] {"pair-row", "pair-net", "settlement-check", "field-from", "field-to",
                "settlement-rule"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        hook("settlement-rule-read-only");
        assertThat(present("settlement-rule-save")).isFalse();
        Reply rule = api.get("/api/v1/settlement-rules", f.admin);
        assertThat(rule.body().get("version").asInt()).isZero();
    }
}
