package io.oneshelf.fulfillment.task;

import io.oneshelf.fulfillment.FulfilmentTaskCreated;
import io.oneshelf.fulfillment.task.FulfilmentTask.Dispatch;
import io.oneshelf.fulfillment.task.FulfilmentTask.Line;
import io.oneshelf.fulfillment.task.FulfilmentTask.Recipient;
import io.oneshelf.order.OrderView;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.security.Actor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's tasks as the rest of the module needs them: opened when the order is paid, voided when it is
 * cancelled, collected when its pickup code is verified. Each call joins the caller's transaction.
 */
@Service
public class OrderTasks {

    private final Tasks tasks;
    private final TaskSteps steps;
    private final ApplicationEventPublisher events;

    OrderTasks(Tasks tasks, TaskSteps steps, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.steps = steps;
        this.events = events;
    }

    /**
     * Opens one pending task per shipment of the order's plan (for a delivery or a pickup; a till sale has none),
     * each with the lines it carries. A shipment that has its task already gets nothing: opening twice is opening
     * once.
     *
     * @return how many tasks were opened now
     */
    @Transactional
    public int open(OrderView order, String fulfilment) {
        TaskKind kind = TaskKind.forFulfilment(fulfilment).orElse(null);
        if (kind == null) {
            return 0;
        }
        Map<Integer, OrderView.Line> byIndex = order.lines().stream()
                .collect(Collectors.toMap(OrderView.Line::index, Function.identity()));
        Recipient recipient = order.address() == null ? null : new Recipient(order.address().recipient(),
                order.address().phone(), order.address().text());
        int opened = 0;
        for (Map.Entry<UUID, List<Integer>> shipment : shipments(order).entrySet()) {
            List<Line> lines = shipment.getValue().stream().map(byIndex::get).filter(Objects::nonNull)
                    .map(l -> new Line(l.index(), l.skuId(), l.skuCode(), l.name(), l.specs(), l.quantity()))
                    .toList();
            FulfilmentTask task = new FulfilmentTask(Ids.next(), order.brandId(), order.id(), order.number(), kind,
                    shipment.getKey(), TaskStatus.PENDING, lines, kind == TaskKind.PICKUP ? null : recipient,
                    Dispatch.NONE, 0, null, null);
            if (tasks.insert(task, Who.SYSTEM)) {
                opened++;
                events.publishEvent(new FulfilmentTaskCreated(order.brandId(), task.id(), order.id(),
                        order.number(), kind.name(), task.placeId(), lines.stream().map(l ->
                        new FulfilmentTaskCreated.Line(l.index(), l.skuId(), l.skuCode(), l.quantity())).toList()));
            }
        }
        return opened;
    }

    /** Voids the order's tasks whose goods have not left yet (the order was cancelled). */
    @Transactional
    public void voidAll(UUID brandId, UUID orderId) {
        steps.voidAll(brandId, orderId);
    }

    /**
     * The customer collected the order: each of its pickup tasks is collected by {@code actor} (made ready on the
     * way when staff had not marked it: one step, from where it was to collected), and the order moves on to
     * completed.
     */
    @Transactional
    public void collect(Actor actor, UUID brandId, UUID orderId) {
        steps.take(actor, brandId, orderId, t -> t.kind() == TaskKind.PICKUP && t.status() != TaskStatus.VOIDED,
                t -> t.status() == TaskStatus.READY ? t.collect() : t.ready().collect());
    }

    /** Whether every live task of the order waits at the counter (or was collected): the goods are ready. */
    public boolean ready(UUID brandId, UUID orderId) {
        List<TaskStatus> live = tasks.ofOrder(brandId, orderId, false).stream().map(FulfilmentTask::status)
                .filter(s -> s != TaskStatus.VOIDED).toList();
        return !live.isEmpty() && live.stream().allMatch(s -> s == TaskStatus.READY || s == TaskStatus.COLLECTED);
    }

    /** The order's shipments as place → line indexes; by the lines' places when the plan names none. */
    private static Map<UUID, List<Integer>> shipments(OrderView order) {
        Map<UUID, List<Integer>> result = new LinkedHashMap<>();
        if (order.plan() != null && !order.plan().shipments().isEmpty()) {
            order.plan().shipments().forEach(s -> result.merge(s.placeId(), List.copyOf(s.lineIndexes()),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
            return result;
        }
        order.lines().stream().filter(l -> l.placeId() != null || order.storeId() != null).forEach(l ->
                result.computeIfAbsent(l.placeId() != null ? l.placeId() : order.storeId(),
                        p -> new java.util.ArrayList<>()).add(l.index()));
        return result;
    }
}
