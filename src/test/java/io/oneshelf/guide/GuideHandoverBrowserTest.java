package io.oneshelf.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import io.oneshelf.web.BrowserTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A guide leaves: the store manager opens the store's guides, sees the guide's customers, and hands them over to
 * another guide; the history stays, and only the customer who agreed to marketing messages is told.
 */
class GuideHandoverBrowserTest extends BrowserTest {

    @Test
    void a_manager_hands_a_leaving_guides_customers_over_to_another_guide() {
        Brand brand = brands.aBrand();
        brands.aStaffMember(brand, "guide2", "GUIDE", "STORE", brand.storeId());
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        String leaving = GuideObjects.staffId(api, admin, brand.login("guide"));
        String taking = GuideObjects.staffId(api, admin, brand.login("guide2"));
        Shopper consenting = Shoppers.aShopper(api, brand.code());
        Shopper silent = Shoppers.aShopper(api, brand.code());
        assertThat(api.put(consenting.path("/me/consents"), consenting.accessToken(), Map.of("purpose", "MARKETING",
                "channel", "SMS", "granted", true)).status()).isEqualTo(200);
        for (Shopper s : List.of(consenting, silent)) {
            Reply followed = api.post(s.path("/me/guide"), s.accessToken(), Map.of("code", leaving));
            assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
        }

        signIn(brand.login("manager"), BrandFixture.PASSWORD);
        navigate("nav-guide-team");
        waitForText("guides-table", "guide");
        click("guide-show-customers");
        waitForText("guide-customers-table", consenting.phone().substring(7));
        driver.navigate().refresh();

        click("guide-hand-over");
        choose("toGuideId", taking);
        type("reason", "moves to another city");
        click("handover-save");

        waitForText("handover-from", "guide");
        Eventually.until("both customers with the other guide", Duration.ofSeconds(15), () -> api.get(
                "/api/v1/guides/" + taking + "/customers", admin).body().get("items").size(), n -> n == 2);
        JsonNode told = Eventually.until("the customers told", Duration.ofSeconds(30), () -> api.get(
                "/api/v1/guide-handovers?storeId=" + brand.storeId(), admin).body().get("items").get(0),
                h -> h.get("notified").asInt() + h.get("refused").asInt() == 2);
        assertThat(told.get("notified").asInt()).isEqualTo(1);
        assertThat(told.get("refused").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/guide-bindings?customerId=" + silent.customerId(), admin).body()).hasSize(2);
    }
}
