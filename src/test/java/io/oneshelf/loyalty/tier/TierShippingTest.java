package io.oneshelf.loyalty.tier;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.OrderUtils;

/**
 * The tier's free shipping: a member whose tier ships free has the fee waived at checkout, explained as the tier;
 * after the coupons (a free-shipping coupon chosen counts first) and before the shipping fee is charged.
 */
class TierShippingTest extends ApiTest {

    @Autowired
    TierShipping step;
    @Autowired
    TierDesk desk;

    private Brand brand;

    @BeforeEach
    void aBrandWhoseGoldMembersShipFree() {
        brand = brands.aBrand();
        String admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        assertThat(api.put("/api/v1/loyalty/tier-rules", admin, Map.of("windowMonths", 12, "keepMonths", 0,
                "version", 0, "tiers", List.of(
                        Map.of("code", "MEMBER", "name", "Member", "threshold", 0, "multiplierPercent", 100,
                                "freeShipping", false, "birthdayPoints", 0),
                        Map.of("code", "GOLD", "name", "Gold", "threshold", 100, "multiplierPercent", 100,
                                "freeShipping", true, "birthdayPoints", 0)))).status()).isEqualTo(200);
    }

    @Test
    void a_gold_member_has_the_shipping_fee_waived_by_their_tier() {
        UUID gold = aMemberWhoBought(20_000);
        Checkout checkout = aDelivery(gold);

        step.apply(checkout);

        assertThat(checkout.shippingWaived()).isTrue();
        Checkout member = aDelivery(aMemberWhoBought(5_000));
        step.apply(member);
        assertThat(member.shippingWaived()).isFalse();
        Checkout anonymous = aDelivery(null);
        step.apply(anonymous);
        assertThat(anonymous.shippingWaived()).isFalse();
    }

    @Test
    void a_free_shipping_coupon_chosen_counts_first_and_the_step_runs_between_coupons_and_the_fee() {
        Checkout checkout = aDelivery(aMemberWhoBought(20_000));
        Discount.Source coupon = new Discount.Source("COUPON", UUID.randomUUID(), "Free shipping");
        checkout.waiveShipping(coupon);

        step.apply(checkout);

        assertThat(checkout.shippingWaived()).isTrue();
        assertThat(OrderUtils.getOrder(TierShipping.class)).isGreaterThan(500).isLessThan(900);
    }

    private UUID aMemberWhoBought(long goods) {
        UUID customer = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        desk.earn(new OrderView(UUID.randomUUID(), brand.tenantId(), "N-1", OrderChannel.POS, Fulfilment.IN_STORE,
                OrderStatus.COMPLETED, customer, null, null, null,
                List.of(new OrderView.Line(0, UUID.randomUUID(), "K", "Oolong", Map.of(), 1, goods, "LIST", goods, 0,
                        null)),
                goods, 0, 0, goods, goods, 0, null, null, null, null, now, now, List.of(), 0));
        return customer;
    }

    private Checkout aDelivery(UUID customer) {
        PricedLine line = new PricedLine(0, new SkuRef(UUID.randomUUID(), UUID.randomUUID(), "K", "K", true, "Tea",
                Map.of()), 1);
        return new Checkout(brand.tenantId(), OrderChannel.ONLINE, Fulfilment.EXPRESS, null, customer, null,
                Instant.now(), List.of(line));
    }
}
