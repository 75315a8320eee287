package io.oneshelf.social.bargain;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.support.SkuFixture;
import io.oneshelf.web.ShopBrowserTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A bargain on a phone: the buyer starts one in the shop, three friends cut it, its page shows it at the floor, and
 * the buyer buys it at the floor price.
 */
class BargainBrowserTest extends ShopBrowserTest {

    @Autowired
    SkuFixture skus;

    @Test
    void on_a_phone_a_bargain_cut_by_three_friends_reaches_the_floor_and_is_bought_at_the_floor() {
        SocialFixture shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
        Map<String, Object> b = new HashMap<>();
        b.put("name", "紫砂壶砍价");
        b.put("skuId", shop.teapot());
        b.put("startPrice", 12_800);
        b.put("floorPrice", 1_000);
        b.put("helpersNeeded", 3);
        b.put("limitMinutes", 60);
        b.put("helpsPerDay", 3);
        b.put("allocation", 5);
        b.put("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString());
        b.put("endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        Reply campaign = api.post("/api/v1/bargain-campaigns", shop.admin(), b);
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        windowOf(PHONE);

        driver.get(api.base() + "/shop.html#/" + shop.brand().code() + "/social");
        click("start-bargain");
        signInWithCode(Shoppers.aPhone());
        click("start-bargain");
        waitForText("bargain-price", "128.00");
        String url = driver.getCurrentUrl();
        String code = url.substring(url.lastIndexOf('/') + 1);
        for (int i = 0; i < 3; i++) {
            Shopper friend = shop.aShopper();
            Reply cut = api.send("POST", friend.path("/bargains/" + code + "/helps"), friend.accessToken(), null,
                    UUID.randomUUID().toString(), Map.of("X-Device-Id", "friend-" + i));
            assertThat(cut.status()).as(cut.toString()).isEqualTo(200);
        }

        driver.navigate().refresh();
        waitForText("bargain-price", "10.00");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("[data-test='bargain-help']"))).hasSize(3);
        click("buy-bargain");
        waitForText("order-status", "Unpaid");
        Eventually.until("the order at the floor price", Duration.ofSeconds(10),
                () -> brands.jdbc().sql("select total from sales_order where tenant_id = :t")
                        .param("t", shop.brand().tenantId()).query(Long.class).list(), l -> l.equals(List.of(1_000L)));
    }
}
