package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff find the brand's customers by phone or id; who sees the phone in full depends on the role. */
class CustomerLookupTest extends ApiTest {

    private Brand brand;
    private Shopper shopper;

    @BeforeEach
    void aCustomer() {
        brand = brands.aBrand();
        shopper = Shoppers.aShopper(api, brand.code());
    }

    @Test
    void a_guide_finds_a_customer_by_phone_as_people_write_it_and_sees_it_masked() {
        String guide = api.login(brand.login("guide"), BrandFixture.PASSWORD);
        String written = shopper.phone().substring(0, 3) + "-" + shopper.phone().substring(3, 7) + "-"
                + shopper.phone().substring(7);

        Reply found = api.get("/api/v1/customers?phone=" + written, guide);

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.body().get("items")).hasSize(1);
        assertThat(found.body().get("items").get(0).get("id").asString()).isEqualTo(shopper.customerId().toString());
        assertThat(found.body().get("items").get(0).get("phone").asString())
                .isEqualTo(shopper.phone().substring(0, 3) + "****" + shopper.phone().substring(7));
        assertThat(found.body().get("items").get(0).get("phoneMasked").asBoolean()).isTrue();
        assertThat(found.raw()).doesNotContain(shopper.phone());
    }

    @Test
    void the_phone_is_masked_for_cashiers_guides_and_region_managers_and_shown_to_store_managers_and_hq() {
        assertPhone("cashier", true);
        assertPhone("guide", true);
        assertPhone("region", true);
        assertPhone("othermanager", false);
        assertPhone("admin", false);
    }

    @Test
    void finance_may_not_look_customers_up() {
        String finance = api.login(brand.login("finance"), BrandFixture.PASSWORD);

        assertThat(api.get("/api/v1/customers/" + shopper.customerId(), finance).status()).isEqualTo(403);
    }

    @Test
    void another_brands_customer_is_not_found_by_id_or_phone() {
        String intruder = api.login(brands.aBrand().login("admin"), BrandFixture.PASSWORD);

        assertThat(api.get("/api/v1/customers/" + shopper.customerId(), intruder).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers?phone=" + shopper.phone(), intruder).body().get("items")).isEmpty();
    }

    @Test
    void a_phone_that_is_not_a_mainland_mobile_is_400_naming_it() {
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);

        Reply refused = api.get("/api/v1/customers?phone=12345", admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("phone");
    }

    private void assertPhone(String who, boolean masked) {
        String token = api.login(brand.login(who), BrandFixture.PASSWORD);
        Reply customer = api.get("/api/v1/customers/" + shopper.customerId(), token);
        assertThat(customer.status()).as(who + ": " + customer).isEqualTo(200);
        assertThat(customer.body().get("phoneMasked").asBoolean()).as(who).isEqualTo(masked);
        assertThat(customer.body().get("phone").asString()).as(who)
                .isEqualTo(masked ? shopper.phone().substring(0, 3) + "****" + shopper.phone().substring(7)
                        : shopper.phone());
    }
}
