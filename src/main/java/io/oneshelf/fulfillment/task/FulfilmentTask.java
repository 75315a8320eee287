package io.oneshelf.fulfillment.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The work one place does for one shipment of a paid order: the order lines it carries, where it stands, and how
 * it left (carrier and tracking number, or the same-city courier). Guards its own steps: each one checks its
 * kind's table ({@link TaskKind#steps()}) and answers the changed task, which the repository saves with the step.
 */
record FulfilmentTask(UUID id, UUID tenantId, UUID orderId, String orderNumber, TaskKind kind, UUID placeId,
                      TaskStatus status, List<Line> lines, Recipient recipient, Dispatch dispatch, int version,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** One order line the task carries: its index in the order, the SKU by name and the quantity. */
    record Line(int index, UUID skuId, String skuCode, String name, Map<String, String> specs, long quantity) {
    }

    /** Where a delivery goes, as the order has it; null for a pickup. */
    record Recipient(String name, String phone, String address) {
    }

    /** How the goods left: a carrier and tracking number, or a courier's name and phone. */
    record Dispatch(String carrier, String trackingNumber, String courierName, String courierPhone) {

        static final Dispatch NONE = new Dispatch(null, null, null, null);
    }

    FulfilmentTask pick() {
        return to(TaskStatus.PICKED, dispatch);
    }

    FulfilmentTask pack() {
        return to(TaskStatus.PACKED, dispatch);
    }

    /** A pickup order is at the counter. */
    FulfilmentTask ready() {
        return to(TaskStatus.READY, dispatch);
    }

    FulfilmentTask handOver(String carrier, String trackingNumber) {
        return to(TaskStatus.HANDED_OVER, new Dispatch(carrier, trackingNumber, null, null));
    }

    FulfilmentTask dispatch(String courierName, String courierPhone) {
        return to(TaskStatus.DISPATCHED, new Dispatch(null, null, courierName, courierPhone));
    }

    FulfilmentTask deliver() {
        return to(TaskStatus.DELIVERED, dispatch);
    }

    FulfilmentTask collect() {
        return to(TaskStatus.COLLECTED, dispatch);
    }

    FulfilmentTask voided() {
        return to(TaskStatus.VOIDED, dispatch);
    }

    /** Whether a cancelled order can still take this task back (the goods have not left nor been collected). */
    boolean voidable() {
        return kind.steps().allows(status, TaskStatus.VOIDED);
    }

    private FulfilmentTask to(TaskStatus next, Dispatch how) {
        kind.steps().check(status, next);
        return new FulfilmentTask(id, tenantId, orderId, orderNumber, kind, placeId, next, lines, recipient, how,
                version, createdAt, updatedAt);
    }
}
