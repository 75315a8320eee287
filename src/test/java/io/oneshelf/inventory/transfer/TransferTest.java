package io.oneshelf.inventory.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.inventory.transfer.Transfer.Line;
import io.oneshelf.inventory.transfer.Transfer.Quantity;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.TransitionRefused;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The transfer aggregate on its own: which transitions it allows and how it names a wrong request line. */
class TransferTest {

    private static final UUID TEA = UUID.randomUUID();
    private static final UUID CAKE = UUID.randomUUID();

    private static Transfer aRequestedTransferOfTeaAndCake() {
        return new Transfer(UUID.randomUUID(), UUID.randomUUID(), "TR-1", UUID.randomUUID(), UUID.randomUUID(),
                TransferStatus.REQUESTED, null, List.of(new Line(TEA, 10, null, null, null),
                new Line(CAKE, 4, null, null, null)), "manager", 0, null, null, null, null, null);
    }

    private static String field(Rejection r) {
        return r.faults().get(0).field();
    }

    @Test
    void shipping_then_receiving_less_keeps_the_discrepancy_and_nothing_stays_in_transit() {
        Transfer shipped = aRequestedTransferOfTeaAndCake().ship(List.of(new Quantity(TEA, 6)));
        Transfer received = shipped.receive(List.of(new Quantity(TEA, 5)));

        assertThat(shipped.inTransit()).isEqualTo(6);
        assertThat(received.status()).isEqualTo(TransferStatus.RECEIVED);
        assertThat(received.inTransit()).isZero();
        assertThat(received.discrepancies()).containsExactly(new Line(TEA, 10, 6L, 5L, -1L));
    }

    @Test
    void a_request_line_off_the_transfer_named_twice_or_above_the_request_is_refused_by_its_position() {
        Transfer requested = aRequestedTransferOfTeaAndCake();

        assertThatThrownBy(() -> requested.ship(List.of(new Quantity(TEA, 1), new Quantity(UUID.randomUUID(), 1))))
                .isInstanceOfSatisfying(LineRejected.class, r -> assertThat(field(r)).isEqualTo("lines[1].skuId"));
        assertThatThrownBy(() -> requested.ship(List.of(new Quantity(TEA, 1), new Quantity(TEA, 2))))
                .isInstanceOfSatisfying(LineRejected.class, r -> assertThat(field(r)).isEqualTo("lines[1].skuId"));
        assertThatThrownBy(() -> requested.ship(List.of(new Quantity(CAKE, 5))))
                .isInstanceOfSatisfying(LineRejected.class, r -> assertThat(field(r)).isEqualTo("lines[0].quantity"));
        assertThatThrownBy(() -> requested.ship(List.of(new Quantity(CAKE, 0))))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(field(r)).isEqualTo("lines"));
    }

    @Test
    void receiving_before_shipping_shipping_twice_and_cancelling_a_shipment_are_refused_transitions() {
        Transfer requested = aRequestedTransferOfTeaAndCake();
        Transfer shipped = requested.ship(List.of(new Quantity(TEA, 1)));

        assertThatThrownBy(() -> requested.receive(List.of(new Quantity(TEA, 1))))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> {
                    assertThat(r.from()).isEqualTo(TransferStatus.REQUESTED);
                    assertThat(r.to()).isEqualTo(TransferStatus.RECEIVED);
                });
        assertThatThrownBy(() -> shipped.ship(List.of(new Quantity(TEA, 1)))).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(shipped::cancel).isInstanceOf(TransitionRefused.class);
        assertThat(requested.cancel().status()).isEqualTo(TransferStatus.CANCELLED);
    }
}
