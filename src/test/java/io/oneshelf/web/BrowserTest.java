package io.oneshelf.web;

import io.oneshelf.support.ApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's Chromium (headless) through ChromeDriver against the real server and the built UI.
 * One browser per test class; each test starts signed out, in English.
 */
public abstract class BrowserTest extends ApiTest {

    private static ChromeDriver browser;

    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("oneshelf-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openSignedOutInEnglish() {
        driver = browser;
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(api.base() + "/");
        ((JavascriptExecutor) driver).executeScript(
                "localStorage.clear(); sessionStorage.clear(); localStorage.setItem('oneshelf.locale', 'en');");
        driver.get(api.base() + "/#/login");
        driver.navigate().refresh();
    }

    @AfterEach
    void leave() {
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
        driver.manage().window().setSize(DESKTOP);
    }

    /** The window of a desktop, the size every test starts at. */
    protected static final Dimension DESKTOP = new Dimension(1400, 1000);
    /** A phone held upright (an iPhone 14's CSS pixels). */
    protected static final Dimension PHONE = new Dimension(390, 844);
    /** A tablet held sideways, or a small laptop. */
    protected static final Dimension TABLET = new Dimension(1024, 768);

    /** Resizes the window for the rest of the test (it is set back to the desktop size after it). */
    protected void windowOf(Dimension size) {
        driver.manage().window().setSize(size);
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue()
                        <= size.getWidth());
    }

    /**
     * Opens a screen from the menu: on a phone the menu is a drawer behind the header's menu button, so the
     * button is pressed first.
     */
    protected void navigate(String navHook) {
        By toggle = By.cssSelector("[data-test='nav-toggle']");
        if (!driver.findElements(toggle).isEmpty() && driver.findElement(toggle).isDisplayed()) {
            // the drawer is in the page (hidden) before it first opens: wait for it to show, pressing the button
            // again while it does not (pressing it only ever opens the drawer)
            By drawer = By.cssSelector("[data-test='nav-drawer']");
            wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
                if (d.findElements(drawer).stream().noneMatch(WebElement::isDisplayed)) {
                    d.findElement(toggle).click();
                }
                return d.findElements(drawer).stream().anyMatch(WebElement::isDisplayed);
            });
            By entry = By.cssSelector("[data-test='nav-drawer'] [data-test='" + navHook + "']");
            wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
                d.findElement(entry).click();
                return true;
            });
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test='nav-drawer']")));
        } else {
            click(navHook);
        }
    }

    /** Whether the element lies wholly inside the window, across and down (seen without scrolling the page). */
    protected boolean inTheWindow(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(JS_RECT
                + "return r.top >= 0 && r.bottom <= document.documentElement.clientHeight && fits;", element);
    }

    protected boolean inTheWindow(String hookName) {
        return inTheWindow(hook(hookName));
    }

    private static final String JS_RECT = "const r = arguments[0].getBoundingClientRect();"
            + " const fits = r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth;";

    protected WebElement hook(String name) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test='" + name + "']")));
    }

    /** Clicks a hook, waiting out drawers and dialogs that are still sliding in over it. */
    protected void click(String name) {
        click(hook(name));
    }

    /**
     * Clicks an element once it takes clicks: visible is not enough while a page or drawer is still moving in (the
     * click is intercepted, or the element is not interactable yet).
     */
    protected void click(WebElement element) {
        wait.ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
            element.click();
            return true;
        });
    }

    /** Types into a hook once it takes keys (see {@link #click(WebElement)}). */
    protected void keys(String name, CharSequence... keys) {
        WebElement element = hook(name);
        wait.ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
            element.sendKeys(keys);
            return true;
        });
    }

    /**
     * Waits until a detail drawer (hook {@code <name>-drawer}) has slid in and shows its record: its buttons
     * move while it slides, and a click then lands beside them or on what still lies over them.
     */
    protected void drawerReady(String name) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test='" + name + "-drawer']"),
                "data-ready", "true"));
    }

    /**
     * Clicks a hook until another hook appears: a click can be lost without an error (the page re-renders
     * under it), or be refused because a fading mask or message still lies over the button, so the result
     * is what is waited for.
     */
    protected void clickUntil(String name, String appears) {
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            if (!present(appears)) {
                hook(name).click();
            }
            return !d.findElements(By.cssSelector("[data-test='" + appears + "']")).isEmpty()
                   && d.findElement(By.cssSelector("[data-test='" + appears + "']")).isDisplayed();
        });
    }

    protected boolean present(String name) {
        return !driver.findElements(By.cssSelector("[data-test='" + name + "']")).isEmpty();
    }

    /** Whether the hooked element lies wholly within the window's width (nothing cut off or scrolled sideways). */
    protected boolean fitsTheWindow(String hookName) {
        return fitsTheWindow(hook(hookName));
    }

    /** Whether the element lies wholly within the window's width (nothing cut off or scrolled sideways). */
    protected boolean fitsTheWindow(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(JS_RECT + "return fits;", element);
    }

    protected void type(String field, String text) {
        WebElement input = hook("field-" + field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Opens a select and clicks the option with this hook (options are teleported to the body). */
    protected void choose(String field, String value) {
        hook("field-" + field).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-test='option-" + field + "-" + value + "']"))).click();
    }

    protected String fieldError(String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@data-test='field-" + field
                + "']/ancestor::div[contains(@class,'el-form-item')][1]//div[contains(@class,'el-form-item__error')]")))
                .getText();
    }

    protected void signIn(String login, String password) {
        hook("login-input").sendKeys(login);
        hook("password-input").sendKeys(password);
        hook("login-submit").click();
        // the header's sign-out button shows at every width (the user's name is hidden on a phone)
        hook("logout");
    }

    protected void signOut() {
        hook("logout").click();
        hook("login-input");
    }

    protected void waitForText(String hookName, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-test='" + hookName + "']"), text));
    }
}
