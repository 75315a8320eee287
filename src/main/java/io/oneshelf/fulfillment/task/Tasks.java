package io.oneshelf.fulfillment.task;

import io.oneshelf.fulfillment.task.FulfilmentTask.Dispatch;
import io.oneshelf.fulfillment.task.FulfilmentTask.Line;
import io.oneshelf.fulfillment.task.FulfilmentTask.Recipient;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Fulfilment tasks with their steps, always within one tenant and, for lists, the places a caller may see. */
@Repository
class Tasks {

    private static final TypeReference<List<Line>> LINES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Tasks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a new task and its first step; false (and nothing written) when the shipment has its task already. */
    boolean insert(FulfilmentTask t, Who who) {
        Recipient r = t.recipient() == null ? new Recipient(null, null, null) : t.recipient();
        int inserted = jdbc.sql("""
                insert into fulfilment_task(id, tenant_id, order_id, order_number, kind, place_id, status, lines,
                                            recipient_name, recipient_phone, recipient_address, version, created_at,
                                            updated_at)
                values (:id, :tenant, :order, :number, :kind, :place, :status, cast(:lines as jsonb), :name, :phone,
                        :address, 0, now(), now())
                on conflict (tenant_id, order_id, place_id) do nothing""")
                .param("id", t.id()).param("tenant", t.tenantId()).param("order", t.orderId())
                .param("number", t.orderNumber()).param("kind", t.kind().name()).param("place", t.placeId())
                .param("status", t.status().name()).param("lines", json.writeValueAsString(t.lines()))
                .param("name", r.name()).param("phone", r.phone()).param("address", r.address())
                .update();
        if (inserted == 1) {
            step(t, null, who);
        }
        return inserted == 1;
    }

    Optional<FulfilmentTask> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from fulfilment_task where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /** The order's tasks, in id order; {@code lock} holds them until the transaction ends so one step wins. */
    List<FulfilmentTask> ofOrder(UUID tenant, UUID orderId, boolean lock) {
        return jdbc.sql("select * from fulfilment_task where tenant_id = :tenant and order_id = :order order by id"
                        + (lock ? " for update" : ""))
                .param("tenant", tenant).param("order", orderId).query(this::map).list();
    }

    /**
     * One page of the tasks of the given places (null: every place of the tenant), optionally of one place, one
     * status and one order, oldest first (the order work arrived in).
     */
    List<FulfilmentTask> list(UUID tenant, UUID[] places, Filter filter, UUID after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("tenant", tenant, "after", after, "limit", limit));
        StringBuilder sql = new StringBuilder("select * from fulfilment_task where tenant_id = :tenant and id > :after");
        if (places != null) {
            sql.append(" and place_id = any(:places)");
            params.put("places", places);
        }
        if (filter.placeId() != null) {
            sql.append(" and place_id = :place");
            params.put("place", filter.placeId());
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.orderId() != null) {
            sql.append(" and order_id = :order");
            params.put("order", filter.orderId());
        }
        sql.append(" order by id limit :limit");
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** What a list may be narrowed to. */
    record Filter(UUID placeId, TaskStatus status, TaskKind kind, UUID orderId) {
    }

    /** Saves a step: the new status, how the goods left, and the step with who made it. */
    void update(FulfilmentTask before, FulfilmentTask after, Who who) {
        Dispatch d = after.dispatch();
        int updated = jdbc.sql("""
                update fulfilment_task set status = :status, carrier = :carrier, tracking_number = :tracking,
                    courier_name = :courier, courier_phone = :courierPhone, version = version + 1, updated_at = now()
                where tenant_id = :tenant and id = :id and version = :version""")
                .param("status", after.status().name()).param("carrier", d.carrier())
                .param("tracking", d.trackingNumber()).param("courier", d.courierName())
                .param("courierPhone", d.courierPhone()).param("tenant", after.tenantId()).param("id", after.id())
                .param("version", before.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("fulfilment task " + after.id() + " changed meanwhile");
        }
        step(after, before.status(), who);
    }

    /** A step as read back: from, to, who and when. */
    record StoredStep(TaskStatus from, TaskStatus to, String actorKind, UUID actorId, String actorName,
                      OffsetDateTime at) {
    }

    List<StoredStep> steps(UUID taskId) {
        return steps(List.of(taskId)).getOrDefault(taskId, List.of());
    }

    /** The steps of several tasks in one query, by task, each in the order they were taken. */
    Map<UUID, List<StoredStep>> steps(List<UUID> taskIds) {
        Map<UUID, List<StoredStep>> byTask = new HashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        jdbc.sql("""
                select task_id, from_status, to_status, actor_kind, actor_id, actor_name, at from fulfilment_step
                where task_id = any(:ids) order by task_id, id""")
                .param("ids", taskIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new StoredStep(status(rs.getString(2)),
                        TaskStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, UUID.class),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class))))
                .list()
                .forEach(e -> byTask.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return byTask;
    }

    /** Records that {@code who} took the task from {@code from} (null when it was created) to its status. */
    private void step(FulfilmentTask task, TaskStatus from, Who who) {
        jdbc.sql("""
                insert into fulfilment_step(task_id, tenant_id, from_status, to_status, actor_kind, actor_id,
                                            actor_name, at)
                values (:task, :tenant, :from, :to, :kind, :actor, :name, now())""")
                .param("task", task.id()).param("tenant", task.tenantId())
                .param("from", from == null ? null : from.name()).param("to", task.status().name())
                .param("kind", who.kind()).param("actor", who.id()).param("name", who.name())
                .update();
    }

    private static TaskStatus status(String name) {
        return name == null ? null : TaskStatus.valueOf(name);
    }

    private FulfilmentTask map(ResultSet rs, int n) throws SQLException {
        String name = rs.getString("recipient_name");
        String phone = rs.getString("recipient_phone");
        String address = rs.getString("recipient_address");
        return new FulfilmentTask(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("order_number"),
                TaskKind.valueOf(rs.getString("kind")), rs.getObject("place_id", UUID.class),
                TaskStatus.valueOf(rs.getString("status")), json.readValue(rs.getString("lines"), LINES),
                name == null && phone == null && address == null ? null : new Recipient(name, phone, address),
                new Dispatch(rs.getString("carrier"), rs.getString("tracking_number"), rs.getString("courier_name"),
                        rs.getString("courier_phone")),
                rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
