package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.HoldResult.Outcome;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** A stock hold's life as other modules see it: each step is announced by its event. */
class StockHoldsScenarioTest extends InventoryModuleTest {

    @Autowired
    StockHolds stockHolds;

    @Test
    void a_hold_is_announced_with_its_lines_and_places(Scenario scenario) {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);

        scenario.stimulate(() -> stockHolds.hold(hold(admin, "order:held", line(tea, brand.storeId(), 3))))
                .andWaitForEventOfType(ReservationHeld.class)
                .matching(e -> e.reference().equals("order:held"))
                .toArriveAndVerify((event, result) -> {
                    assertThat(result.outcome()).isEqualTo(Outcome.MADE);
                    assertThat(event.brandId()).isEqualTo(brand.tenantId());
                    assertThat(event.aggregateId()).isEqualTo(result.hold().id());
                    assertThat(event.lines()).containsExactly(line(tea, brand.storeId(), 3));
                    assertThat(event.placeIds()).containsExactly(brand.storeId());
                    assertThat(event.expiresAt()).isEqualTo(result.hold().expiresAt());
                });
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isEqualTo(3);
    }

    @Test
    void a_confirmed_hold_is_announced_as_confirmed(Scenario scenario) {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);
        UUID held = stockHolds.hold(hold(admin, "order:confirmed", line(tea, brand.storeId(), 4))).hold().id();

        scenario.stimulate(() -> stockHolds.confirm(admin, "order:confirmed"))
                .andWaitForEventOfType(ReservationConfirmed.class)
                .matchingMappedValue(ReservationConfirmed::reservationId, held)
                .toArriveAndVerify((event, hold) -> {
                    assertThat(hold.status()).isEqualTo(HoldStatus.CONFIRMED);
                    assertThat(event.lines()).containsExactly(line(tea, brand.storeId(), 4));
                });
        assertThat(stock(brand, tea, brand.storeId()).onHand()).isEqualTo(6);
    }

    @Test
    void a_released_hold_is_announced_as_released(Scenario scenario) {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        UUID cake = aSkuWithStock(brand, brand.warehouseId(), 5);
        Actor admin = admin(brand);
        stockHolds.hold(hold(admin, "order:released", line(tea, brand.storeId(), 2), line(cake, brand.warehouseId(), 5)));

        scenario.stimulate(() -> stockHolds.release(admin, "order:released"))
                .andWaitForEventOfType(ReservationReleased.class)
                .matchingMappedValue(ReservationReleased::reference, "order:released")
                .toArriveAndVerify((event, hold) -> {
                    assertThat(hold.status()).isEqualTo(HoldStatus.RELEASED);
                    assertThat(event.placeIds()).isEqualTo(List.of(brand.storeId(), brand.warehouseId()));
                });
        assertThat(stock(brand, cake, brand.warehouseId()).reserved()).isZero();
    }

    @Test
    void a_hold_nobody_settles_expires_and_is_announced_as_expired(Scenario scenario) {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);

        scenario.stimulate(() -> stockHolds.hold(new HoldStock(admin, "order:forgotten",
                        HoldLines.of(line(tea, brand.storeId(), 2)), Duration.ofSeconds(1))))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForEventOfType(ReservationExpired.class)
                .matchingMappedValue(ReservationExpired::reference, "order:forgotten")
                .toArriveAndVerify((event, result) -> assertThat(event.aggregateId()).isEqualTo(result.hold().id()));
        // The event is seen when it is published, inside the expiring transaction: its commit may come a moment later.
        io.oneshelf.support.Eventually.until("the expiry committed", Duration.ofSeconds(10),
                () -> stock(brand, tea, brand.storeId()).reserved(), reserved -> reserved == 0);
    }
}
