package io.oneshelf.inventory.replenishment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Line;
import io.oneshelf.inventory.replenishment.ReplenishmentOrder.Quantity;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.TransitionRefused;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The replenishment order's own rules: which transitions it allows and what an approval ships. */
class ReplenishmentOrderTest {

    private static final UUID TEA = UUID.randomUUID();
    private static final UUID CAKE = UUID.randomUUID();
    private static final UUID WAREHOUSE = UUID.randomUUID();

    private static ReplenishmentOrder aSubmittedOrderOfTeaAndCake() {
        return new ReplenishmentOrder(UUID.randomUUID(), UUID.randomUUID(), "RO-1", UUID.randomUUID(), null,
                ReplenishmentStatus.SUBMITTED, null, List.of(new Line(TEA, 10, null), new Line(CAKE, 4, null)),
                null, null, null, "manager", null, 0, null, null, null);
    }

    @Test
    void unnamed_lines_are_approved_as_requested_and_a_zero_drops_a_line() {
        ReplenishmentOrder approved = aSubmittedOrderOfTeaAndCake()
                .approve(WAREHOUSE, List.of(new Quantity(CAKE, 0)), "hq");

        assertThat(approved.status()).isEqualTo(ReplenishmentStatus.APPROVED);
        assertThat(approved.warehouseId()).isEqualTo(WAREHOUSE);
        assertThat(approved.toShip()).containsExactlyEntriesOf(Map.of(TEA, 10L));
    }

    @Test
    void approving_nothing_at_all_is_refused() {
        assertThatThrownBy(() -> aSubmittedOrderOfTeaAndCake()
                .approve(WAREHOUSE, List.of(new Quantity(TEA, 0), new Quantity(CAKE, 0)), "hq"))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.faults().get(0).field()).isEqualTo("lines"));
    }

    @Test
    void an_approval_naming_a_sku_not_on_the_order_is_refused() {
        assertThatThrownBy(() -> aSubmittedOrderOfTeaAndCake()
                .approve(WAREHOUSE, List.of(new Quantity(TEA, 1), new Quantity(UUID.randomUUID(), 1)), "hq"))
                .isInstanceOfSatisfying(LineRejected.class, r -> {
                    assertThat(r.index()).isEqualTo(1);
                    assertThat(r.faults().get(0).field()).isEqualTo("lines[1].skuId");
                });
    }

    @Test
    void only_a_submitted_order_can_be_decided_or_cancelled() {
        ReplenishmentOrder rejected = aSubmittedOrderOfTeaAndCake().reject("no stock", "hq");

        assertThat(rejected.rejectReason()).isEqualTo("no stock");
        assertThatThrownBy(rejected::cancel).isInstanceOfSatisfying(TransitionRefused.class, r -> {
            assertThat(r.from()).isEqualTo(ReplenishmentStatus.REJECTED);
            assertThat(r.to()).isEqualTo(ReplenishmentStatus.CANCELLED);
        });
        assertThatThrownBy(() -> rejected.approve(WAREHOUSE, List.of(), "hq")).isInstanceOf(TransitionRefused.class);
        assertThat(aSubmittedOrderOfTeaAndCake().cancel().status()).isEqualTo(ReplenishmentStatus.CANCELLED);
    }
}
