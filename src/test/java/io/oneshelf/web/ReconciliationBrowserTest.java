package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger reconciliation card on the stock locations screen, on a tablet and on a phone. */
class ReconciliationBrowserTest extends BrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void an_hq_admin_finds_a_corrupted_balance_in_one_store_and_re_verifies_the_whole_ledger_on_a_phone() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String skuCode = api.get("/api/v1/skus/" + sku, admin).body().get("code").asString();
        api.post("/api/v1/stock/receipts", admin, java.util.Map.of("skuId", sku, "locationId", brand.storeId(),
                "quantity", 10));
        api.post("/api/v1/stock/receipts", admin, java.util.Map.of("skuId", sku, "locationId", brand.warehouseId(),
                "quantity", 4));
        brands.jdbc().sql("update stock_balance set on_hand = on_hand + 2 where tenant_id = :t and sku_id = :s"
                          + " and location_id = :l").param("t", brand.tenantId()).param("s", sku)
                .param("l", brand.storeId()).update();
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        try {
            driver.manage().window().setSize(new Dimension(1024, 900));
            hook("nav-stock-locations").click();
            hook("reconcile-locationId").click();
            click("option-reconcile-locationId-W-" + brand.code());
            click("reconcile");
            wait.until(d -> "0".equals(hook("reconciliation-result").getDomAttribute("data-differences")));
            waitForText("reconciliation-upto", "movements since");

            hook("reconcile-locationId").click();
            click("option-reconcile-locationId-S1-" + brand.code());
            click("reconcile");
            wait.until(d -> "1".equals(hook("reconciliation-result").getDomAttribute("data-differences")));
            waitForText("reconciliation-differences", skuCode);
            assertThat(fitsTheWindow("reconciliation-card")).isTrue();

            driver.manage().window().setSize(new Dimension(390, 844));
            wait.until(d -> fitsTheWindow("reconciliation-card") && fitsTheWindow("verify"));
            click("verify");
            wait.until(d -> "DONE".equals(hook("verification-progress").getDomAttribute("data-status")));
            assertThat(hook("verification-summary").getDomAttribute("data-differences")).isEqualTo("1");
            waitForText("verification-findings", skuCode);
            waitForText("verification-findings", "Balance");
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void a_store_manager_checks_the_store_but_cannot_start_a_whole_ledger_verification() {
        Brand brand = brands.aBrand();
        signIn(brand.login("manager"), BrandFixture.PASSWORD);
        hook("nav-stock-locations").click();
        click("reconcile");
        wait.until(d -> "0".equals(hook("reconciliation-result").getDomAttribute("data-differences")));
        assertThat(present("verify")).isFalse();
    }
}
