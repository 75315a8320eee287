package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A signed-in customer keeps their own name and delivery addresses, and only their own. */
class ShopAccountTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Brand brand;
    private Shopper shopper;

    @BeforeEach
    void aSignedInCustomer() {
        brand = brands.aBrand();
        shopper = Shoppers.aShopper(api, brand.code());
    }

    @Test
    void a_customer_names_themselves() {
        Reply renamed = api.put(shopper.path("/me"), shopper.accessToken(), Map.of("name", " 林小雨 "));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(api.get(shopper.path("/me"), shopper.accessToken()).body().get("name").asString())
                .isEqualTo("林小雨");
        assertThat(eventTypes()).contains("member.customer.registered", "member.customer.changed");
    }

    @Test
    void the_first_address_is_preferred_and_a_new_preferred_one_takes_over() {
        Reply home = add(shopper, Shoppers.anAddress("Home"));
        Reply office = add(shopper, with(Shoppers.anAddress("Office"), "preferred", true));
        Reply parents = add(shopper, Shoppers.anAddress("Parents"));

        assertThat(home.status()).as(home.toString()).isEqualTo(201);
        assertThat(home.header("Location")).endsWith("/me/addresses/" + home.id());
        assertThat(home.body().get("preferred").asBoolean()).isTrue();
        assertThat(home.body().get("latitude").asDouble()).isEqualTo(31.230416);
        List<JsonNode> listed = list(shopper);
        assertThat(listed).extracting(a -> a.get("recipient").asString())
                .containsExactly("Office", "Parents", "Home");
        assertThat(listed).extracting(a -> a.get("preferred").asBoolean()).containsExactly(true, false, false);
        assertThat(office.body().get("id").asString()).isEqualTo(listed.get(0).get("id").asString());
        assertThat(parents.status()).isEqualTo(201);
    }

    @Test
    void an_address_is_replaced_with_the_version_read_and_a_stale_version_is_409() {
        Reply home = add(shopper, Shoppers.anAddress("Home"));
        Map<String, Object> moved = with(with(Shoppers.anAddress("Home"), "line", "南京东路1号"), "version", 0);

        Reply edited = api.put(shopper.path("/me/addresses/" + home.id()), shopper.accessToken(), moved);
        Reply stale = api.put(shopper.path("/me/addresses/" + home.id()), shopper.accessToken(), moved);

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body().get("line").asString()).isEqualTo("南京东路1号");
        assertThat(edited.body().get("version").asInt()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).endsWith("/stale-version");
    }

    @Test
    void removing_the_preferred_address_makes_the_newest_other_one_preferred() {
        Reply home = add(shopper, Shoppers.anAddress("Home"));
        add(shopper, Shoppers.anAddress("Office"));
        add(shopper, Shoppers.anAddress("Parents"));

        Reply removed = api.send("DELETE", shopper.path("/me/addresses/" + home.id()), shopper.accessToken(), null,
                UUID.randomUUID().toString());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(list(shopper)).extracting(a -> a.get("recipient").asString() + a.get("preferred").asBoolean())
                .containsExactly("Parentstrue", "Officefalse");
        assertThat(api.send("DELETE", shopper.path("/me/addresses/" + home.id()), shopper.accessToken(), null,
                null).status()).isEqualTo(404);
    }

    @Test
    void a_customer_keeps_at_most_twenty_addresses() {
        for (int i = 0; i < 20; i++) {
            assertThat(add(shopper, Shoppers.anAddress("No. " + i)).status()).isEqualTo(201);
        }

        Reply twentyFirst = add(shopper, Shoppers.anAddress("One too many"));

        assertThat(twentyFirst.status()).as(twentyFirst.toString()).isEqualTo(409);
        assertThat(twentyFirst.body().get("detail").asString()).contains("at most 20");
        assertThat(list(shopper)).hasSize(20);
    }

    @Test
    void coordinates_out_of_range_or_alone_are_refused_naming_the_field() {
        assertRefusedNaming(with(Shoppers.anAddress("X"), "latitude", 90.5), "latitude");
        assertRefusedNaming(with(Shoppers.anAddress("X"), "latitude", -91), "latitude");
        assertRefusedNaming(with(Shoppers.anAddress("X"), "longitude", 180.01), "longitude");
        assertRefusedNaming(with(Shoppers.anAddress("X"), "longitude", -181), "longitude");
        Map<String, Object> latitudeOnly = new HashMap<>(Shoppers.anAddress("X"));
        latitudeOnly.remove("longitude");
        assertRefusedNaming(latitudeOnly, "longitude");
        assertRefusedNaming(with(Shoppers.anAddress("X"), "phone", "021-62880001"), "phone");
        assertRefusedNaming(with(Shoppers.anAddress("X"), "recipient", " "), "recipient");
        assertThat(list(shopper)).isEmpty();
    }

    @Test
    void an_address_without_coordinates_is_kept_and_coordinates_are_kept_to_six_decimals() {
        Map<String, Object> noWhere = new HashMap<>(Shoppers.anAddress("Somewhere"));
        noWhere.remove("latitude");
        noWhere.remove("longitude");
        Reply plain = add(shopper, noWhere);
        Reply precise = add(shopper, with(with(Shoppers.anAddress("Precise"), "latitude", 31.2304161234),
                "longitude", -179.9999999));

        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
        assertThat(plain.body().get("latitude").isNull()).isTrue();
        assertThat(precise.body().get("latitude").asDouble()).isEqualTo(31.230416);
        assertThat(precise.body().get("longitude").asDouble()).isEqualTo(-180.0);
    }

    @Test
    void a_refusal_reads_in_chinese_for_a_chinese_customer() {
        Reply refused = api.send("POST", shopper.path("/me/addresses"), shopper.accessToken(),
                JSON.writeValueAsString(with(Shoppers.anAddress("X"), "latitude", 95)), UUID.randomUUID().toString(),
                Map.of("Accept-Language", "zh-CN"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("不能大于 90");
    }

    @Test
    void without_accept_language_a_customer_reads_the_brands_default_language() {
        Map<String, Object> tooFarNorth = with(Shoppers.anAddress("X"), "latitude", 95);
        Reply chinese = api.sendWithoutLanguage("POST", shopper.path("/me/addresses"), shopper.accessToken(),
                tooFarNorth);
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.put("/api/v1/brand/default-language", admin, Map.of("defaultLanguage", "en")).status())
                .isEqualTo(200);

        Reply english = api.sendWithoutLanguage("POST", shopper.path("/me/addresses"), shopper.accessToken(),
                tooFarNorth);

        assertThat(chinese.body().get("errors").get(0).get("message").asString()).contains("不能大于 90");
        assertThat(english.body().get("errors").get(0).get("message").asString()).contains("at most 90");
    }

    @Test
    void a_customer_cannot_read_change_or_remove_another_customers_address() {
        Reply theirs = add(shopper, Shoppers.anAddress("Mine"));
        Shopper other = Shoppers.aShopper(api, brand.code());
        String path = other.path("/me/addresses/" + theirs.id());

        assertThat(api.put(path, other.accessToken(), with(Shoppers.anAddress("Hijack"), "version", 0)).status())
                .isEqualTo(404);
        assertThat(api.send("DELETE", path, other.accessToken(), null, UUID.randomUUID().toString()).status())
                .isEqualTo(404);
        assertThat(list(other)).isEmpty();
        assertThat(list(shopper)).extracting(a -> a.get("recipient").asString()).containsExactly("Mine");
    }

    @Test
    void a_customer_of_another_brand_sees_nothing_of_this_brands_customers() {
        Reply theirs = add(shopper, Shoppers.anAddress("Mine"));
        Brand otherBrand = brands.aBrand();
        Shopper samePhoneElsewhere = Shoppers.signIn(api, otherBrand.code(), shopper.phone());

        assertThat(samePhoneElsewhere.customerId()).as("a customer of each brand").isNotEqualTo(shopper.customerId());
        assertThat(list(samePhoneElsewhere)).isEmpty();
        assertThat(api.send("DELETE", samePhoneElsewhere.path("/me/addresses/" + theirs.id()),
                samePhoneElsewhere.accessToken(), null, null).status()).isEqualTo(404);
        assertThat(api.get(shopper.path("/me"), samePhoneElsewhere.accessToken()).status())
                .as("its token at this brand's shop").isEqualTo(401);
    }

    @Test
    void a_customers_post_needs_an_idempotency_key_and_a_retry_with_it_adds_once() {
        String key = UUID.randomUUID().toString();
        Reply first = api.send("POST", shopper.path("/me/addresses"), shopper.accessToken(),
                Shoppers.anAddress("Home"), key);
        Reply retry = api.send("POST", shopper.path("/me/addresses"), shopper.accessToken(),
                Shoppers.anAddress("Home"), key);
        Reply keyless = api.send("POST", shopper.path("/me/addresses"), shopper.accessToken(),
                Shoppers.anAddress("Home"), null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(list(shopper)).hasSize(1);
    }

    private Reply add(Shopper who, Map<String, Object> address) {
        return api.post(who.path("/me/addresses"), who.accessToken(), address);
    }

    private List<JsonNode> list(Shopper who) {
        Reply listed = api.get(who.path("/me/addresses"), who.accessToken());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.body().valueStream().toList();
    }

    private void assertRefusedNaming(Map<String, Object> address, String field) {
        Reply refused = add(shopper, address);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
    }

    private List<String> eventTypes() {
        return brands.jdbc().sql("select type from event_log where brand_id = :b order by tx, seq")
                .param("b", brand.tenantId()).query(String.class).list();
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
