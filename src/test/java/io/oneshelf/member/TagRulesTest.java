package io.oneshelf.member;

import static io.oneshelf.member.CustomerMergeTest.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule-based tags: new-30d and no-address go on and come off as the rules say, on demand. */
class TagRulesTest extends ApiTest {

    @Test
    void rule_tags_go_on_and_come_off_when_recomputed() {
        Brand brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        Shopper fresh = Shoppers.aShopper(api, brand.code());

        Reply run = api.post("/api/v1/customer-tags/recompute", admin, Map.of());

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.body().get("added").asInt()).isEqualTo(2);
        assertThat(tags(admin, fresh)).containsExactlyInAnyOrder("new-30d", "no-address");
        assertThat(api.post(fresh.path("/me/addresses"), fresh.accessToken(), Shoppers.anAddress("Home")).status())
                .isEqualTo(201);
        brands.jdbc().sql("update customer set registered_at = now() - interval '40 days' where id = :id")
                .param("id", fresh.customerId()).update();

        Reply again = api.post("/api/v1/customer-tags/recompute", admin, Map.of());

        assertThat(again.body().get("removed").asInt()).isEqualTo(2);
        assertThat(tags(admin, fresh)).isEmpty();
        assertThat(api.post("/api/v1/customer-tags/recompute", api.login(brand.login("othermanager"),
                BrandFixture.PASSWORD), Map.of()).status()).isEqualTo(403);
    }

    private java.util.List<String> tags(String admin, Shopper who) {
        return strings(api.get("/api/v1/customers/" + who.customerId() + "/profile", admin).body().get("tags"));
    }
}
