package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.web.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A store manager sets up a community group run by a guide, adds two customers found by phone and broadcasts a
 * coupon link to it: the sandbox's outbox records the send to the one who consented to marketing on WeChat and a
 * refusal for the other, and the group's chat got one recipient.
 */
class CommunityBrowserTest extends BrowserTest {

    @Test
    void a_broadcast_from_the_console_reaches_only_the_members_who_consented() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String guide = GuideObjects.staffId(api, admin, brand.login("guide"));
        Shopper consenting = named(brand, "Chen Consenting");
        Shopper silent = named(brand, "Sun Silent");
        Reply consent = api.put(consenting.path("/me/consents"), consenting.accessToken(), Map.of(
                "purpose", "MARKETING", "channel", "WECHAT", "granted", true));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);

        windowOf(TABLET);
        signIn(brand.login("manager"), BrandFixture.PASSWORD);
        navigate("nav-community");
        click("community-group-create");
        type("name", "Oolong lovers");
        choose("storeId", "S1-" + brand.code());
        choose("guideId", guide);
        type("externalId", "wr-oolong-" + brand.code());
        click("community-group-save");
        waitForText("community-group-name", "Oolong lovers");
        waitForText("community-group-runner", "guide of " + brand.code());

        click("community-group-name");
        type("memberPhone", consenting.phone());
        click("community-add-member");
        waitForText("community-members-table", "Chen Consenting");
        type("memberPhone", silent.phone());
        click("community-add-member");
        waitForText("community-members-table", "Sun Silent");
        click("kind-COUPON");
        type("text", "10 yuan off oolong this week");
        type("castLink", "https://shop.example/c/OOLONG10");
        click("community-broadcast");
        waitForText("broadcast-reached", "1");
        waitForText("broadcast-refused", "1");
        waitForText("community-activity", "2 members · 1 broadcasts");

        JsonNode sent = api.get("/api/v1/messages?customerId=" + consenting.customerId(), admin).body()
                .get("items").get(0);
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.get("parameters").get("link").asString()).isEqualTo("https://shop.example/c/OOLONG10");
        JsonNode refused = api.get("/api/v1/messages?customerId=" + silent.customerId(), admin).body()
                .get("items").get(0);
        assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.get("reason").asString()).isEqualTo("no-consent");
        assertThat(brands.jdbc().sql("select recipients from message_group_send where tenant_id = :t")
                .param("t", brand.tenantId()).query(Integer.class).single()).as("the sandbox's group send")
                .isEqualTo(1);
    }

    private Shopper named(Brand brand, String name) {
        Shopper s = Shoppers.aShopper(api, brand.code());
        assertThat(api.put(s.path("/me"), s.accessToken(), Map.of("name", name)).status()).isEqualTo(200);
        return s;
    }
}
