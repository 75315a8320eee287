package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shop's member pages on a phone (390 px) and a tablet: the member card with its number and a member QR; the
 * birthday told once in the member centre, a date that is none refused next to the field; and privacy: consent
 * toggles that stay as set, the export of my data, and the deletion request that anonymises me and signs me out.
 */
class MemberCentreBrowserTest extends ShopBrowserTest {

    private Brand brand;
    private String admin;

    @Test
    void the_member_card_shows_the_card_number_and_a_member_qr_and_the_birthday_is_told_once() {
        Member member = aMember();
        windowOf(PHONE);
        driver.get(api.base() + "/shop.html#/" + brand.code() + "/member-card");
        signInWithCode(member.phone());
        String card = api.get("/api/v1/customers/" + member.id() + "/profile", admin).body().get("cardNumber")
                .asString();
        waitForText("member-card-number", card.substring(0, 4));
        assertThat(hook("member-card-number").getText().replace(" ", "")).isEqualTo(card);
        WebElement qr = hook("member-qr");
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        assertThat(fitsTheWindow("member-qr")).isTrue();
        assertThat(fitsTheWindow("member-card-number")).isTrue();

        driver.get(api.base() + "/shop.html#/" + brand.code() + "/member");
        hook("member-birthday");
        input("birthday-month").sendKeys("2");
        input("birthday-day").sendKeys("30");
        click("birthday-save");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test='birthday-day'] .van-field__error-message")));
        assertThat(error.getText()).contains("not a date");
        assertThat(api.get("/api/v1/customers/" + member.id() + "/profile", admin).body().get("birthday").isNull())
                .isTrue();

        // select and type over: clearing the input is not heard by the page
        input("birthday-day").sendKeys(Keys.chord(Keys.CONTROL, "a"), "14");
        click("birthday-save");
        waitForText("member-birthday-value", "2/14");
        assertThat(present("birthday-save")).as("told once: no form any more").isFalse();
        assertThat(api.get("/api/v1/customers/" + member.id() + "/profile", admin).body().get("birthday")
                .get("day").asInt()).isEqualTo(14);
        assertThat(fitsTheWindow("member-birthday")).isTrue();

        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN')");
        driver.get(api.base() + "/shop.html#/" + brand.code() + "/member-card");
        driver.navigate().refresh();
        waitForText("member-card-page", "会员码");
        windowOf(TABLET);
        driver.get(api.base() + "/shop.html#/" + brand.code() + "/member");
        waitForText("member-birthday-value", "2月14日");
        assertThat(fitsTheWindow("member-birthday")).isTrue();
    }

    @Test
    void on_the_privacy_page_consent_stays_as_set_my_data_downloads_and_deletion_anonymises_me() {
        Member member = aMember();
        windowOf(PHONE);
        driver.get(api.base() + "/shop.html#/" + brand.code() + "/privacy");
        signInWithCode(member.phone());
        hook("privacy-page");
        WebElement sms = hook("consent-SMS");
        assertThat(sms.getAttribute("class")).doesNotContain("van-switch--on");
        click(sms);
        Eventually.until("the consent recorded", Duration.ofSeconds(10),
                () -> api.get("/api/v1/customers/" + member.id() + "/consents", admin).raw(),
                raw -> raw.contains("\"SMS\"") && raw.contains("\"granted\":true"));
        driver.navigate().refresh();
        wait.until(d -> hook("consent-SMS").getAttribute("class").contains("van-switch--on"));
        assertThat(hook("consent-WECHAT").getAttribute("class")).doesNotContain("van-switch--on");
        assertThat(fitsTheWindow("privacy-page")).isTrue();

        // the export is a JSON file made in the page: catch the blob it is made from
        ((JavascriptExecutor) driver).executeScript("window.__blobs = []; const make = URL.createObjectURL;"
                + " URL.createObjectURL = function (b) { window.__blobs.push(b); return make.call(URL, b); };");
        click("privacy-export");
        String exported = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + " const wait = () => window.__blobs.length ? window.__blobs[0].text().then(done) : setTimeout(wait, 100);"
                + " wait();");
        assertThat(exported).contains(member.phone()).contains("\"consents\"");

        click("privacy-delete");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".van-dialog__confirm"))).click();
        wait.until(d -> d.getCurrentUrl().endsWith("#/" + brand.code() + "/"));
        Eventually.until("the customer anonymised", Duration.ofSeconds(10),
                () -> brands.jdbc().sql("select anonymised_at is not null from customer where id = :id")
                        .param("id", member.id()).query(Boolean.class).single(), done -> done);
        assertThat(brands.jdbc().sql("select phone from customer where id = :id").param("id", member.id())
                .query(String.class).optional().orElse(null)).isNull();
    }

    private record Member(String phone, UUID id) {
    }

    /** A customer registered by staff, so that their first sign-in is the browser's. */
    private Member aMember() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String phone = Shoppers.aPhone();
        Reply registered = api.post("/api/v1/customers", admin, Map.of("phone", phone));
        assertThat(registered.status()).as(registered.toString()).isIn(200, 201);
        return new Member(phone, UUID.fromString(registered.id()));
    }
}
