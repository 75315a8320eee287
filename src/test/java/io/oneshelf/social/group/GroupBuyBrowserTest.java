package io.oneshelf.social.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Group buys in the browser: on a phone the third friend opens the shared link, signs in, joins and pays on the
 * sandbox's page, and the group succeeds (the console shows it); a group out of time fails, every member refunded,
 * as its shared page then says.
 */
class GroupBuyBrowserTest extends ShopBrowserTest {

    private static final long GROUP_PRICE = 8_800;

    @Autowired
    SkuFixture skus;

    @Autowired
    GroupExpiry expiry;

    @Test
    void on_a_phone_the_third_friend_joins_by_the_shared_link_pays_and_the_group_of_three_succeeds() {
        SocialFixture shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
        String campaign = campaign(shop);
        String code = openAndPay(shop, campaign);
        Shopper second = shop.aShopper();
        Reply joined = api.post(second.path("/groups/" + code + "/joins"), second.accessToken(), shop.pickup());
        shop.pay(second, joined.body().get("orderId").asString());
        Eventually.until("two paid", Duration.ofSeconds(30), () -> group(shop, code),
                g -> g.get("paidMembers").asInt() == 2);
        windowOf(PHONE);

        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + "/groups/" + code);
        waitForText("group-status", "Open");
        waitForText("group-places-left", "1 places left");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("[data-test='group-member']"))).hasSize(2);
        click("join-group");
        signInWithCode(Shoppers.aPhone());
        waitForText("group-status", "Open");
        click("join-group");
        waitForText("order-status", "Unpaid");
        payOnTheSandboxPage();

        Eventually.until("the group succeeded", Duration.ofSeconds(30), () -> group(shop, code),
                g -> "SUCCEEDED".equals(g.get("status").asString()));
        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + "/groups/" + code);
        waitForText("group-status", "Group succeeded");

        windowOf(DESKTOP);
        driver.get(api.base() + "/");
        signIn(shop.brand().login("admin"), BrandFixture.PASSWORD);
        navigate("nav-group-buys");
        waitForText("group-buy-groups", "1 succeeded");
        assertThat(hook("group-buy-members").getText()).contains("3 paid");
    }

    @Test
    void a_group_out_of_time_fails_its_members_are_refunded_and_its_shared_page_and_the_console_say_so() {
        SocialFixture shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
        String campaign = campaign(shop);
        String code = openAndPay(shop, campaign);
        brands.jdbc().sql("update group_buy_group set expires_at = now() - interval '1 second' where code = :c")
                .param("c", code).update();
        expiry.closeDue();
        Eventually.until("the leader refunded", Duration.ofSeconds(30), () -> group(shop, code),
                g -> g.get("members").get(0).get("status").asString().equals("REFUNDED"));
        windowOf(PHONE);

        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + "/groups/" + code);
        waitForText("group-status", "Group failed: refunded");
        waitForText("group-member", "refunded");

        windowOf(DESKTOP);
        driver.get(api.base() + "/");
        signIn(shop.brand().login("admin"), BrandFixture.PASSWORD);
        navigate("nav-group-buys");
        waitForText("group-buy-groups", "1 failed");
        assertThat(hook("group-buy-members").getText()).contains("1 refunded");
        click("group-buy-name");
        waitForText("group-status", "Failed");
    }

    private static String campaign(SocialFixture shop) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", "紫砂壶拼团");
        b.put("skuId", shop.teapot());
        b.put("groupPrice", GROUP_PRICE);
        b.put("groupSize", 3);
        b.put("limitMinutes", 60);
        b.put("perCustomer", 1);
        b.put("allocation", 10);
        b.put("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString());
        b.put("endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString());
        Reply made = shop.api().post("/api/v1/group-buys", shop.admin(), b);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made.id();
    }

    private String openAndPay(SocialFixture shop, String campaign) {
        Shopper leader = shop.aShopper();
        Reply opened = api.post(leader.path("/group-buys/" + campaign + "/groups"), leader.accessToken(),
                shop.pickup());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        shop.pay(leader, opened.body().get("orderId").asString());
        String code = opened.body().get("group").get("code").asString();
        Eventually.until("the group open", Duration.ofSeconds(30), () -> group(shop, code),
                g -> "OPEN".equals(g.get("status").asString()));
        return code;
    }

    private JsonNode group(SocialFixture shop, String code) {
        return api.get("/api/v1/shop/" + shop.brand().code() + "/groups/" + code, null).body();
    }
}
