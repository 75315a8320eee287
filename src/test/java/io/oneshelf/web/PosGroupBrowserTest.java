package io.oneshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.social.SocialFixture;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers.Shopper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

/**
 * A group buy at the till (拼团码), on a 1024 px tablet: the customer shows a friend's group code, the cashier scans it
 * into the sale screen's code input, sees the group, looks the customer up as the member and takes the group price in
 * cash; the group succeeds with them and the sale's receipt follows.
 */
class PosGroupBrowserTest extends PosBrowserTest {

    private static final long GROUP_PRICE = 8_800;

    @Test
    void a_scanned_group_code_joins_the_member_to_the_group_paid_in_cash_at_the_till() {
        SocialFixture shop = SocialFixture.aShopSellingTeapots(api, brands, skus);
        Reply campaign = api.post("/api/v1/group-buys", shop.admin(), Map.of("name", "紫砂壶拼团", "skuId",
                shop.teapot(), "groupPrice", GROUP_PRICE, "groupSize", 2, "limitMinutes", 60, "perCustomer", 1,
                "allocation", 10, "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(), "endsAt",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        Shopper leader = shop.aShopper();
        Reply opened = api.post(leader.path("/group-buys/" + campaign.id() + "/groups"), leader.accessToken(),
                shop.pickup());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String code = opened.body().get("group").get("code").asString();
        shop.pay(leader, opened.body().get("orderId").asString());
        Eventually.until("the group open", Duration.ofSeconds(30), () -> group(shop, code),
                g -> g.get("status").asString().equals("OPEN"));
        Shopper walkIn = shop.aShopper();
        aTill(shop.brand(), shop.admin(), "T1");
        windowOf(TABLET);
        openAShift(shop.brand(), "T1", "100");

        scan(code.substring(0, 5) + "-" + code.substring(5).toLowerCase());
        waitForText("group-campaign", "紫砂壶拼团");
        waitForText("group-price", "¥88.00");
        waitForText("group-places", "1 of 2 paid, 1 free");
        assertThat(fitsTheWindow("group-dialog")).isTrue();
        click("group-join");
        waitForText("group-refusal", "member first");

        click("group-member");
        keys("field-member", walkIn.phone(), Keys.ENTER);
        waitForText("group-customer", walkIn.phone().substring(7));
        keys("group-cash", "100");
        waitForText("group-change", "¥12.00");
        click("group-join");

        waitForText("receipt-total", "¥88.00");
        JsonNode group = Eventually.until("the group succeeded", Duration.ofSeconds(30), () -> group(shop, code),
                g -> g.get("status").asString().equals("SUCCEEDED"));
        assertThat(group.get("paidMembers").asInt()).isEqualTo(2);
        String number = hook("receipt-number").getText().replaceAll(".* ", "");
        // held at the counter until the group succeeded, then handed over by its release (decision 0055)
        JsonNode order = Eventually.until("handed over", Duration.ofSeconds(30), () -> api.get(
                "/api/v1/orders/lookup?number=" + number, shop.admin()).body(),
                o -> o.get("status").asString().equals("COMPLETED"));
        assertThat(order.get("channel").asString()).isEqualTo("POS");
        assertThat(order.get("customerId").asString()).isEqualTo(walkIn.customerId().toString());
        assertThat(order.get("total").asLong()).isEqualTo(GROUP_PRICE);
    }

    private JsonNode group(SocialFixture shop, String code) {
        return api.get("/api/v1/shop/" + shop.brand().code() + "/groups/" + code, null).body();
    }
}
