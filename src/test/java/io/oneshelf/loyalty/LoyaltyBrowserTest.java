package io.oneshelf.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tiers and points on screen: the HQ admin sets the tiers on a tablet (1024 px), a refusal of the server under the
 * tier's field at fault; staff find a member's points by phone on a phone (390 px); the member sees their tier,
 * progress and points history in the shop's member centre on a phone, in English and in Chinese.
 */
class LoyaltyBrowserTest extends ShopBrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void on_a_tablet_the_admin_sets_the_tiers_and_a_threshold_that_does_not_rise_is_refused_on_its_field() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        windowOf(TABLET);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-loyalty-rules");
        hook("no-tiers");

        click("add-tier");
        click("add-tier");
        type("tiers-0-code", "MEMBER");
        type("tiers-0-name", "Member");
        type("tiers-0-threshold", "0");
        type("tiers-1-code", "GOLD");
        type("tiers-1-name", "Gold");
        type("tiers-1-threshold", "0");
        type("tiers-1-multiplierPercent", "150");
        click("save-tiers");
        assertThat(fieldError("tiers-1-threshold")).contains("more than");
        assertThat(api.get("/api/v1/loyalty/tier-rules", admin).body().get("version").asInt()).isZero();

        type("tiers-1-threshold", "300");
        click("save-tiers");
        Eventually.until("the tiers saved", Duration.ofSeconds(15),
                () -> api.get("/api/v1/loyalty/tier-rules", admin).body(), r -> r.get("version").asInt() == 1);
        Reply rules = api.get("/api/v1/loyalty/tier-rules", admin);
        assertThat(rules.body().get("tiers").get(1).get("code").asString()).isEqualTo("GOLD");
        assertThat(rules.body().get("tiers").get(1).get("threshold").asLong()).isEqualTo(300);
        assertThat(rules.body().get("tiers").get(1).get("multiplierPercent").asInt()).isEqualTo(150);
        for (String part : new String[] {"tier-form", "points-form", "save-tiers", "save-points"}) {
            assertThat(fitsTheWindow(part)).as(part).isTrue();
        }

        type("earnPerYuan", "2000");
        click("save-points");
        assertThat(fieldError("earnPerYuan")).contains("0");
        assertThat(api.get("/api/v1/loyalty/points-rules", admin).body().get("version").asInt()).isZero();
    }

    @Test
    void on_a_phone_staff_find_a_members_points_and_the_member_sees_them_in_the_shop() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Member shopper = aMemberWithAPaidOrder(brand, admin);

        windowOf(PHONE);
        signIn(brand.login("admin"), BrandFixture.PASSWORD);
        navigate("nav-member-points");
        type("phone", shopper.phone());
        click("find-customer");
        waitForText("points-balance", "240");
        waitForText("points-tier", "Gold");
        waitForText("points-worth", "¥2.40");
        hook("points-entry");
        assertThat(fitsTheWindow("points-panel")).isTrue();

        driver.get(api.base() + "/shop.html#/" + brand.code() + "/member");
        input("phone").sendKeys(shopper.phone());
        click("send-code");
        String code = Eventually.until("the sign-in code", Duration.ofSeconds(10),
                () -> Shoppers.lastCodeIfAny(api, shopper.phone()), c -> c.matches("[0-9]{6}"));
        input("code").sendKeys(code);
        click("sign-in");
        waitForText("member-tier", "Gold");
        waitForText("member-points", "240");
        waitForText("member-next", "top tier");
        waitForText("member-entry", "Earned on an order");
        assertThat(fitsTheWindow("member-card")).isTrue();

        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('oneshelf.locale', 'zh-CN')");
        driver.navigate().refresh();
        waitForText("member-entry", "订单获得");
        waitForText("member-worth", "价值 ¥2.40");
        assertThat(fitsTheWindow("member-card")).isTrue();
    }

    private record Member(String phone, UUID customerId) {
    }

    /** A customer who paid ¥120 at the till: gold at once (from ¥100), 120 yuan × 200 % = 240 points. */
    private Member aMemberWithAPaidOrder(Brand brand, String admin) {
        Reply rules = api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 12, "keepMonths", 6,
                "version", 0, "tiers", List.of(
                        Map.of("code", "MEMBER", "name", "Member", "threshold", 0, "multiplierPercent", 100,
                                "freeShipping", false, "birthdayPoints", 0),
                        Map.of("code", "GOLD", "name", "Gold", "threshold", 100, "multiplierPercent", 200,
                                "freeShipping", true, "birthdayPoints", 50))));
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        UUID tea = skus.aPricedSku(brand, 12000);
        assertThat(api.post("/api/v1/stock/receipts", admin, Map.of("skuId", tea, "locationId", brand.storeId(),
                "quantity", 5)).status()).isEqualTo(201);
        // registered by staff, so that the member's first sign-in is the browser's
        String phone = Shoppers.aPhone();
        Reply registered = api.post("/api/v1/customers", admin, Map.of("phone", phone));
        assertThat(registered.status()).as(registered.toString()).isIn(200, 201);
        Member shopper = new Member(phone, UUID.fromString(registered.id()));
        Reply sale = api.post("/api/v1/orders", admin, Map.of("channel", "POS", "fulfilment", "IN_STORE",
                "storeId", brand.storeId(), "customerId", shopper.customerId(),
                "lines", List.of(Map.of("skuId", tea, "quantity", 1)),
                "tenders", List.of(Map.of("tender", "CASH", "amount", 12000, "cashTendered", 12000))));
        assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
        Eventually.until("the member's points", Duration.ofSeconds(30),
                () -> api.get("/api/v1/customers/" + shopper.customerId() + "/points", admin).body(),
                p -> p.get("balance").asLong() == 240);
        return shopper;
    }
}
