package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.web.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An admin finds a member, merges their duplicate into them and undoes it: on a phone, then on a tablet. */
class MemberMergeBrowserTest extends BrowserTest {

    @Test
    void an_admin_merges_two_customers_and_undoes_it_on_a_phone_and_on_a_tablet() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Shopper anna = named(brand, "Anna Li");
        Shopper duplicate = named(brand, "Anna L");
        assertThat(api.post("/api/v1/customers/" + duplicate.customerId() + "/tags", admin, Map.of("tag", "VIP"))
                .status()).isEqualTo(204);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);

        for (Dimension size : new Dimension[] {PHONE, TABLET}) {
            windowOf(size);
            navigate("nav-members");
            hook("filter-q").sendKeys(Keys.chord(Keys.CONTROL, "a"), anna.phone(), Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector("[data-test='member-open']")).size() == 1);
            click("member-open");
            waitForText("member-name", "Anna Li");
            for (String panel : new String[] {"wallet", "points", "coupons"}) {
                // each capability's panel is mounted in its slot (loaded when the page shows)
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test='member-panel-"
                        + panel + "'] [data-test='" + panel + "-panel']")));
            }
            assertThat(present("member-tag")).as("the survivor has no tag yet").isFalse();

            click("member-merge");
            hook("merge-q").sendKeys(duplicate.phone(), Keys.ENTER);
            click("merge-choose");
            confirmMessageBox();
            waitForText("merge-status", "Merged (can be undone)");
            waitForText("member-tags", "VIP");
            for (String part : new String[] {"member-merges", "member-identities", "member-tags", "merge-undo"}) {
                assertThat(fitsTheWindow(part)).as(part + " at " + size).isTrue();
            }
            Reply merged = api.get("/api/v1/customers/" + duplicate.customerId() + "/profile", admin);
            assertThat(merged.body().get("mergedIntoId").asString()).isEqualTo(anna.customerId().toString());

            click("merge-undo");
            confirmMessageBox();
            waitForText("merge-status", "Undone");
            wait.until(d -> !d.findElement(By.cssSelector("[data-test='member-tags']")).getText().contains("VIP"));
            assertThat(present("merge-undo")).isFalse();
            Reply undone = api.get("/api/v1/customers/" + duplicate.customerId() + "/profile", admin);
            assertThat(undone.body().get("mergedIntoId").isNull()).isTrue();
            assertThat(undone.body().get("tags").get(0).asString()).isEqualTo("VIP");
            click("member-back");
            hook("members-page");
        }
    }

    private Shopper named(Brand brand, String name) {
        Shopper shopper = Shoppers.aShopper(api, brand.code());
        assertThat(api.put(shopper.path("/me"), shopper.accessToken(), Map.of("name", name)).status()).isEqualTo(200);
        return shopper;
    }

    private void confirmMessageBox() {
        By ok = By.cssSelector(".el-message-box__btns .el-button--primary");
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(ok));
        click(button);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".el-message-box")));
    }
}
