package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo brand's customers sign in to its shop by phone and live near its stores. */
class DemoCustomersTest extends ApiTest {

    private static final List<String> PHONES = List.of("13900000001", "13900000002", "13900000003", "13900000004");

    @Test
    void every_demo_customer_signs_in_by_phone_and_has_a_named_preferred_address_near_a_demo_store() {
        List<JsonNode> stores = api.get("/api/v1/stores", api.login("admin@demo", "Demo@2026")).body().get("items")
                .valueStream().toList();
        assertThat(stores).hasSize(3);

        for (String phone : PHONES) {
            Shopper customer = Shoppers.signIn(api, "demo", phone);
            Reply me = api.get(customer.path("/me"), customer.accessToken());
            List<JsonNode> addresses = api.get(customer.path("/me/addresses"), customer.accessToken()).body()
                    .valueStream().toList();

            assertThat(me.body().get("name").asString()).as(phone).isNotBlank();
            assertThat(addresses).as(phone).isNotEmpty();
            JsonNode preferred = addresses.get(0);
            assertThat(preferred.get("preferred").asBoolean()).isTrue();
            assertThat(preferred.get("city").asString()).isEqualTo("上海市");
            double nearest = stores.stream().mapToDouble(s -> metres(preferred, s)).min().orElseThrow();
            assertThat(nearest).as("%s's home to the nearest demo store, in metres", phone).isLessThan(3_000);
        }
    }

    @Test
    void two_demo_members_told_their_birthday_one_of_them_this_month() {
        String admin = api.login("admin@demo", "Demo@2026");
        JsonNode today = birthdayOf(admin, PHONES.get(0));
        assertThat(today.get("month").asInt()).isEqualTo(java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Shanghai")).getMonthValue());
        JsonNode later = birthdayOf(admin, PHONES.get(1));
        assertThat(later.get("month").asInt()).isEqualTo(8);
        assertThat(later.get("day").asInt()).isEqualTo(15);
    }

    /** The birthday on the customer's 360° page, as staff see it. */
    private JsonNode birthdayOf(String admin, String phone) {
        String id = api.get("/api/v1/customers?phone=" + phone, admin).body().get("items").get(0).get("id")
                .asString();
        return api.get("/api/v1/customers/" + id + "/profile", admin).body().get("birthday");
    }

    /** Distance on the globe between an address and a store (haversine), in metres. */
    private static double metres(JsonNode a, JsonNode b) {
        double lat1 = Math.toRadians(a.get("latitude").asDouble());
        double lat2 = Math.toRadians(b.get("latitude").asDouble());
        double dLat = lat2 - lat1;
        double dLng = Math.toRadians(b.get("longitude").asDouble() - a.get("longitude").asDouble());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
    }
}
