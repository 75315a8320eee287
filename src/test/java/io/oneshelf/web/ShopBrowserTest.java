package io.oneshelf.web;

import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A browser test of the storefront (Vant): its fields, and paying on the sandbox gateway's page. */
public abstract class ShopBrowserTest extends BrowserTest {

    /** The input inside a Vant field hooked {@code name}. */
    protected WebElement input(String name) {
        return wait.until(ExpectedConditions.elementToBeClickable(inside(name, "input")));
    }

    protected static By inside(String hook, String css) {
        return By.cssSelector("[data-test='" + hook + "'] " + css);
    }

    /**
     * On the shop's sign-in screen: signs in by phone with the code the demo's SMS outbox shows, and waits until the
     * shop is back on the product it came from.
     */
    protected void signInByPhone(String phone, String productName) {
        signInWithCode(phone);
        waitForText("product-name", productName);
    }

    /** On the shop's sign-in screen: signs in by phone with the code the demo's SMS outbox shows. */
    protected void signInWithCode(String phone) {
        input("phone").sendKeys(phone);
        click("send-code");
        String code = Eventually.until("the sign-in code", Duration.ofSeconds(10),
                () -> Shoppers.lastCodeIfAny(api, phone), c -> c.matches("[0-9]{6}"));
        input("code").sendKeys(code);
        click("sign-in");
    }

    /** Pay opens the gateway's page in a new window: confirm there, close it, and come back. */
    protected void payOnTheSandboxPage() {
        payOnTheSandboxPage("pay");
    }

    /** The button hooked {@code button} opens the gateway's page in a new window: confirm there and come back. */
    protected void payOnTheSandboxPage(String button) {
        String shopWindow = driver.getWindowHandle();
        List<String> before = new ArrayList<>(driver.getWindowHandles());
        click(button);
        String payWindow = wait.until(d -> d.getWindowHandles().stream().filter(h -> !before.contains(h))
                .findFirst().orElse(null));
        driver.switchTo().window(payWindow);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form button[type='submit']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".state.ok")));
        driver.close();
        driver.switchTo().window(shopWindow);
    }
}
