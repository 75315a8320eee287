package io.oneshelf.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The member module's in-process API as the order module uses it: a guide's order registers a new phone. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES) // the platform and org (brands by code)
@ActiveProfiles("test")
@Import(BrandFixture.class)
class CustomersScenarioTest {

    @Autowired
    Customers customers;
    @Autowired
    Addresses addresses;
    @Autowired
    BrandFixture brands;

    @Test
    void a_new_phone_is_registered_once_and_announced(Scenario scenario) {
        Brand brand = brands.aBrand();

        scenario.stimulate(() -> customers.findOrRegisterByPhone(brand.tenantId(), "+86 139-0013-9001", "guide-order"))
                .andWaitForEventOfType(CustomerRegistered.class)
                .matchingMappedValue(CustomerRegistered::brandId, brand.tenantId())
                .toArriveAndVerify((event, customer) -> {
                    assertThat(customer.phone()).isEqualTo("13900139001");
                    assertThat(event.customerId()).isEqualTo(customer.id());
                    assertThat(event.source()).isEqualTo("guide-order");
                    assertThat(event.aggregateId()).isEqualTo(customer.id());
                    assertThat(event.placeIds()).as("about the brand").isEmpty();
                });
        Customer again = customers.findOrRegisterByPhone(brand.tenantId(), "13900139001", "pos");
        assertThat(customers.findByPhone(brand.tenantId(), "139 0013 9001")).contains(again);
        assertThat(customers.find(brand.tenantId(), again.id())).contains(again);
        assertThat(brands.count("customer", brand.tenantId())).isEqualTo(1);
    }

    @Test
    void another_brands_customer_is_invisible() {
        Brand brand = brands.aBrand();
        Brand other = brands.aBrand();
        Customer customer = customers.findOrRegisterByPhone(brand.tenantId(), "13900139002", "guide-order");

        assertThat(customers.find(other.tenantId(), customer.id())).isEmpty();
        assertThat(customers.findByPhone(other.tenantId(), "13900139002")).isEmpty();
        assertThat(addresses.list(other.tenantId(), customer.id())).isEmpty();
        assertThat(customers.findOrRegisterByPhone(other.tenantId(), "13900139002", "pos").id())
                .as("the same phone is another customer of another brand").isNotEqualTo(customer.id());
    }

    @Test
    void a_phone_that_is_not_a_mobile_number_or_a_bad_source_is_refused() {
        Brand brand = brands.aBrand();

        assertThatThrownBy(() -> customers.findOrRegisterByPhone(brand.tenantId(), "021-62880001", "pos"))
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("phone"));
        assertThatThrownBy(() -> customers.findOrRegisterByPhone(brand.tenantId(), "13900139003", "Guide Order"))
                .isInstanceOfSatisfying(Rejection.class,
                        r -> assertThat(r.faults().get(0).field()).isEqualTo("source"));
        assertThat(customers.findByPhone(brand.tenantId(), "not a phone")).isEmpty();
        assertThat(brands.count("customer", brand.tenantId())).isZero();
    }
}
