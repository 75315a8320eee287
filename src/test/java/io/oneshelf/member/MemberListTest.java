package io.oneshelf.member;

import static io.oneshelf.member.CustomerMergeTest.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's member list: search by phone, name or card, filters, masking by role, refusals naming fields. */
class MemberListTest extends ApiTest {

    private Brand brand;
    private String admin;
    private Shopper lin;
    private Shopper wang;

    @BeforeEach
    void twoCustomers() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        lin = Shoppers.aShopper(api, brand.code());
        wang = Shoppers.aShopper(api, brand.code());
        assertThat(api.put(lin.path("/me"), lin.accessToken(), Map.of("name", "林小姐")).status()).isEqualTo(200);
        assertThat(api.put(wang.path("/me"), wang.accessToken(), Map.of("name", "Mr Wang")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/customers/" + wang.customerId() + "/tags", admin, Map.of("tag", "VIP"))
                .status()).isEqualTo(204);
    }

    @Test
    void staff_find_customers_by_part_of_a_phone_by_name_and_by_card_number() {
        assertThat(ids("q=" + lin.phone().substring(4))).containsExactly(lin.customerId().toString());
        assertThat(ids("q=" + enc("林"))).containsExactly(lin.customerId().toString());
        assertThat(ids("q=wang")).containsExactly(wang.customerId().toString());
        String card = api.get("/api/v1/customers/" + wang.customerId() + "/profile", admin).body().get("cardNumber")
                .asString();
        assertThat(card).matches("M\\d{10}");
        assertThat(ids("q=" + card.toLowerCase())).containsExactly(wang.customerId().toString());
        assertThat(ids("")).containsExactly(wang.customerId().toString(), lin.customerId().toString());
    }

    @Test
    void filters_by_tag_store_of_registration_and_registration_time() {
        assertThat(ids("tag=VIP")).containsExactly(wang.customerId().toString());
        assertThat(ids("storeId=" + brand.storeId())).isEmpty(); // both registered themselves in the shop
        assertThat(ids("registeredFrom=2020-01-01T00:00:00Z&registeredTo=2020-02-01T00:00:00Z")).isEmpty();
        assertThat(ids("registeredFrom=2020-01-01T00:00:00Z")).hasSize(2);
        Reply tags = api.get("/api/v1/customer-tags", admin);
        assertThat(tags.body().get(0).get("tag").asString()).isEqualTo("VIP");
        assertThat(tags.body().get(0).get("customers").asLong()).isOne();
    }

    @Test
    void a_guide_sees_phones_masked_in_the_list_and_the_profile_an_admin_in_full() {
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        Reply list = api.get("/api/v1/customers", guide);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw()).doesNotContain(lin.phone()).doesNotContain(wang.phone()).contains("****");
        Reply profile = api.get("/api/v1/customers/" + lin.customerId() + "/profile", guide);
        assertThat(profile.body().get("phoneMasked").asBoolean()).isTrue();
        assertThat(profile.raw()).doesNotContain(lin.phone());
        assertThat(profile.body().get("identities").get(0).get("masked").asBoolean()).isTrue();

        assertThat(api.get("/api/v1/customers/" + lin.customerId() + "/profile", admin).raw()).contains(lin.phone());
        assertThat(api.get("/api/v1/customers?q=" + lin.phone(), admin).body().get("items").get(0).get("phone")
                .asString()).isEqualTo(lin.phone());
    }

    @Test
    void bad_filters_are_400_naming_the_parameter_and_another_brands_store_404() {
        assertField(api.get("/api/v1/customers?registeredFrom=2021-01-01T00:00:00Z&registeredTo=2020-01-01T00:00:00Z",
                admin), "registeredTo");
        assertField(api.get("/api/v1/customers?limit=0", admin), "limit");
        assertField(api.get("/api/v1/customers?q=" + "x".repeat(41), admin), "q");
        assertThat(api.get("/api/v1/customers?storeId=" + brands.aBrand().storeId(), admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + lin.customerId() + "/profile",
                api.login(brands.aBrand().login("admin"), BrandFixture.PASSWORD)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers", api.login(brand.login("finance"), BrandFixture.PASSWORD))
                .status()).isEqualTo(403);
    }

    @Test
    void a_bad_tag_is_400_on_tag_and_puts_nothing_on_and_a_tag_comes_off() {
        for (Object bad : List.of("", " ", "x".repeat(21), "-dash", "a/b")) {
            Reply refused = api.post("/api/v1/customers/" + lin.customerId() + "/tags", admin, Map.of("tag", bad));
            assertThat(refused.status()).as(String.valueOf(bad)).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("tag");
        }
        assertThat(brands.count("customer_tag", brand.tenantId())).isOne();

        Reply off = api.send("DELETE", "/api/v1/customers/" + wang.customerId() + "/tags/VIP", admin, null,
                java.util.UUID.randomUUID().toString());
        assertThat(off.status()).as(off.toString()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/v1/customers/" + wang.customerId() + "/tags/VIP", admin, null,
                java.util.UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(brands.count("customer_tag", brand.tenantId())).isZero();
    }

    private List<String> ids(String query) {
        Reply list = api.get("/api/v1/customers?" + query, admin);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return strings(list.body().get("items"), "id");
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
