package io.oneshelf.loyalty.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The wallet end to end: the brand's admin sets up a top-up plan on a tablet (a bonus over the amount paid is
 * refused next to its field); a customer tops up by that plan on a phone through the sandbox gateway and sees the
 * balance with its bonus, in English and Chinese; finance's liability screen shows it and the ledger check agrees.
 */
class WalletBrowserTest extends ShopBrowserTest {

    @Test
    void the_admin_sets_up_a_plan_a_customer_tops_up_by_it_on_a_phone_and_the_liability_shows_it() {
        Brand brand = brands.aBrand();
        windowOf(TABLET);
        driver.get(api.base() + "/#/login");
        click("lang-en");
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-wallet-plans");
        hook("wallet-plans-table");
        click("wallet-plan-create");
        type("name", "Pay 500 get 550");
        type("pay", "500");
        type("bonus", "600");
        click("wallet-plan-save");
        assertThat(fieldError("bonus")).contains("more than what is paid");
        type("bonus", "50");
        click("wallet-plan-save");
        waitForText("wallet-plan-name", "Pay 500 get 550");
        waitForText("wallet-plan-pay", "¥500.00");
        waitForText("wallet-plan-bonus", "¥50.00");
        assertThat(fitsTheWindow("wallet-plans-table")).isTrue();

        // the customer, on a phone, tops up by the plan and pays in the sandbox
        windowOf(PHONE);
        String phone = Shoppers.aPhone();
        driver.get(api.base() + "/shop.html#/" + brand.code() + "/wallet");
        input("phone").sendKeys(phone);
        click("send-code");
        String code = Eventually.until("the sign-in code", Duration.ofSeconds(10),
                () -> Shoppers.lastCodeIfAny(api, phone), c -> c.matches("[0-9]{6}"));
        input("code").sendKeys(code);
        click("sign-in");
        waitForText("wallet-balance", "¥0.00");
        waitForText("wallet-plan", "Pay 500 get 550");
        payOnTheSandboxPage("wallet-plan");
        waitForText("wallet-balance", "¥550.00");
        waitForText("wallet-principal", "¥500.00");
        waitForText("wallet-bonus", "¥50.00");
        waitForText("wallet-entry-amount", "¥550.00");
        for (String part : new String[] {"wallet-balance", "wallet-plan", "wallet-entry"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN')");
        driver.navigate().refresh();
        waitForText("wallet-entry", "充值");
        assertThat(driver.findElement(By.cssSelector(".van-nav-bar__title")).getText()).isEqualTo("我的储值");

        // finance's view on the tablet: the brand owes its customer ¥550.00 in goods, and the ledger agrees
        windowOf(TABLET);
        driver.get(api.base() + "/#/wallet/liability");
        waitForText("liability-total-amount", "¥550.00");
        waitForText("liability-owner-principal", "¥500.00");
        waitForText("liability-owner-bonus", "¥50.00");
        hook("wallet-no-clearing");
        click("wallet-check");
        hook("wallet-check-ok");
        assertThat(fitsTheWindow("wallet-liability")).isTrue();
    }
}
