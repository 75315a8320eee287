package io.oneshelf.order.sale;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Orders, their lines and their timeline in SQL. Every statement names the brand. */
@Repository
class OrderRepository {

    private static final String COLUMNS = """
            id, tenant_id, number, channel, fulfilment, status, customer_id, store_id, guide_id, staff_id,
            goods_amount, discount_amount, shipping_fee, total, paid, refunded, address, plan, note, expires_at,
            version, created_at, updated_at, discounts""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OrderRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The order number of a new order: the day and a number from one sequence, e.g. 20261203-000042. */
    String nextNumber(OffsetDateTime now) {
        long n = jdbc.sql("select nextval('sales_order_number')").query(Long.class).single();
        return String.format("%tY%<tm%<td-%06d", now, n % 1_000_000);
    }

    void insert(Order o, String key, Who who) {
        jdbc.sql("""
                        insert into sales_order(id, tenant_id, number, channel, fulfilment, status, customer_id,
                            store_id, guide_id, staff_id, goods_amount, discount_amount, shipping_fee, total, paid,
                            refunded, address, plan, note, idempotency_key, expires_at, version, created_at,
                            updated_at, discounts)
                        values (:id, :tenant, :number, :channel, :fulfilment, :status, :customer, :store, :guide,
                            :staff, :goods, :discount, :shipping, :total, :paid, :refunded, cast(:address as jsonb),
                            cast(:plan as jsonb), :note, :key, :expires, 0, :at, :at, cast(:discounts as jsonb))""")
                .param("id", o.id()).param("tenant", o.brandId()).param("number", o.number())
                .param("channel", o.channel().name()).param("fulfilment", o.fulfilment().name())
                .param("status", o.status().name()).param("customer", o.customerId()).param("store", o.storeId())
                .param("guide", o.guideId()).param("staff", o.staffId()).param("goods", o.goodsAmount())
                .param("discount", o.discountAmount()).param("shipping", o.shippingFee()).param("total", o.total())
                .param("paid", o.paid()).param("refunded", o.refunded())
                .param("address", o.address() == null ? null : json.writeValueAsString(o.address()))
                .param("plan", json.writeValueAsString(Map.of("shipments", o.plan().shipments(),
                        "explanation", StoredMessages.write(o.plan().explanation()))))
                .param("note", o.note()).param("key", key).param("expires", o.expiresAt())
                .param("at", o.createdAt()).param("discounts", json.writeValueAsString(o.discounts()))
                .update();
        for (OrderView.Line l : o.lines()) {
            jdbc.sql("""
                            insert into order_line(order_id, line_no, tenant_id, sku_id, sku_code, name, specs,
                                quantity, unit_price, price_rule, amount, discount, place_id)
                            values (:order, :no, :tenant, :sku, :code, :name, cast(:specs as jsonb), :qty, :price,
                                :rule, :amount, :discount, :place)""")
                    .param("order", o.id()).param("no", l.index()).param("tenant", o.brandId())
                    .param("sku", l.skuId()).param("code", l.skuCode()).param("name", l.name())
                    .param("specs", json.writeValueAsString(l.specs())).param("qty", l.quantity())
                    .param("price", l.unitPrice()).param("rule", l.priceRule()).param("amount", l.amount())
                    .param("discount", l.discount()).param("place", l.placeId())
                    .update();
        }
        step(o, null, who, null, o.createdAt());
    }

    /** Saves a changed order if nobody changed it since it was read; records the step when the status moved. */
    Order update(Order before, Order after, Who who, String note) {
        int changed = jdbc.sql("""
                        update sales_order set status = :status, paid = :paid, refunded = :refunded,
                            version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and version = :version""")
                .param("status", after.status().name()).param("paid", after.paid())
                .param("refunded", after.refunded()).param("tenant", after.brandId()).param("id", after.id())
                .param("version", before.version())
                .update();
        if (changed == 0) {
            throw Rejection.staleVersion();
        }
        if (before.status() != after.status()) {
            step(after, before.status(), who, note, null);
        }
        return find(after.brandId(), after.id()).orElseThrow();
    }

    Optional<Order> find(UUID brandId, UUID id) {
        return one("select " + COLUMNS + " from sales_order where tenant_id = :tenant and id = :id", brandId, id);
    }

    /** The order locked against other changes until the transaction ends. */
    Optional<Order> lock(UUID brandId, UUID id) {
        return one("select " + COLUMNS + " from sales_order where tenant_id = :tenant and id = :id for update",
                brandId, id);
    }

    Optional<UUID> findByNumber(UUID brandId, String number) {
        return jdbc.sql("select id from sales_order where tenant_id = :tenant and number = :number")
                .param("tenant", brandId).param("number", number).query(UUID.class).optional();
    }

    Optional<OffsetDateTime> createdAt(UUID brandId, UUID orderId) {
        return jdbc.sql("select created_at from sales_order where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", orderId).query(OffsetDateTime.class).optional();
    }

    Optional<UUID> findByKey(UUID brandId, String key) {
        return jdbc.sql("select id from sales_order where tenant_id = :tenant and idempotency_key = :key")
                .param("tenant", brandId).param("key", key).query(UUID.class).optional();
    }

    /**
     * Unpaid orders past their time, claimed for this transaction: {@code SKIP LOCKED}, so a second server instance
     * claims others or none, never the same. Each row names its brand.
     */
    List<UUID[]> claimExpired(int limit) {
        return jdbc.sql("""
                        select id, tenant_id from sales_order where status = 'CREATED' and expires_at < now()
                        order by expires_at limit :limit for update skip locked""")
                .param("limit", limit)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
    }

    List<OrderView.Step> timeline(UUID brandId, UUID orderId) {
        return timelines(brandId, List.of(orderId)).getOrDefault(orderId, List.of());
    }

    /** The timelines of several orders in one query, by order. */
    Map<UUID, List<OrderView.Step>> timelines(UUID brandId, List<UUID> orderIds) {
        Map<UUID, List<OrderView.Step>> byOrder = new java.util.HashMap<>();
        jdbc.sql("""
                        select order_id, from_status, to_status, actor_kind, actor_id, actor_name, note, at
                        from order_transition where tenant_id = :tenant and order_id = any(:orders) order by id""")
                .param("tenant", brandId).param("orders", orderIds.toArray(UUID[]::new))
                .query((rs, n) -> byOrder.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new OrderView.Step(rs.getString(2) == null ? null : OrderStatus.valueOf(rs.getString(2)),
                                OrderStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, UUID.class),
                                rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class))))
                .list();
        return byOrder;
    }

    /** A page of the brand's orders, newest first (ids grow with time), after the cursor's id. */
    List<Order> list(OrderFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from sales_order where tenant_id = :tenant");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("tenant", filter.brandId());
        filter.appendTo(sql, params);
        sql.append(" order by id desc limit :limit");
        params.put("limit", limit);
        List<Order> heads = jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs, List.of())).list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<UUID, List<OrderView.Line>> lines = lines(filter.brandId(), heads.stream().map(Order::id).toList());
        return heads.stream().map(o -> o.withLines(lines.getOrDefault(o.id(), List.of()))).toList();
    }

    /**
     * The order's row, then its lines: one query after the other, never the lines' query while the row's result is
     * still open. Outside a transaction each query takes a connection of its own, and a reader holding one while it
     * waits for a second starves the pool when 20 readers do it at once (docs/benchmarks.md, Issue 13: every sync
     * replay held a connection and waited 30 s for its second).
     */
    private Optional<Order> one(String sql, UUID brandId, UUID id) {
        return jdbc.sql(sql).param("tenant", brandId).param("id", id).query((rs, n) -> map(rs, List.of()))
                .optional().map(o -> o.withLines(lines(o.brandId(), List.of(o.id())).getOrDefault(o.id(),
                        List.of())));
    }

    /** The first step is at the order's own creation time ({@link #created}); a later one at its transaction's. */
    private void step(Order o, OrderStatus from, Who who, String note, OffsetDateTime at) {
        jdbc.sql("""
                        insert into order_transition(order_id, tenant_id, from_status, to_status, actor_kind,
                            actor_id, actor_name, note, at)
                        values (:order, :tenant, :from, :to, :kind, :actor, :name, :note,
                            coalesce(cast(:at as timestamptz), now()))""")
                .param("order", o.id()).param("tenant", o.brandId())
                .param("from", from == null ? null : from.name()).param("to", o.status().name())
                .param("kind", who.kind()).param("actor", who.id()).param("name", who.name()).param("note", note)
                .param("at", at)
                .update();
    }

    /** The timeline of an order just inserted: its one step, as {@link #insert} recorded it. */
    static List<OrderView.Step> created(Order o, Who who) {
        return List.of(new OrderView.Step(null, o.status(), who.kind(), who.id(), who.name(), null, o.createdAt()));
    }

    private Order map(ResultSet rs, List<OrderView.Line> lines) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID brandId = rs.getObject("tenant_id", UUID.class);
        String address = rs.getString("address");
        return new Order(id, brandId, rs.getString("number"), OrderChannel.valueOf(rs.getString("channel")),
                Fulfilment.valueOf(rs.getString("fulfilment")), OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("customer_id", UUID.class), rs.getObject("store_id", UUID.class),
                rs.getObject("guide_id", UUID.class), rs.getObject("staff_id", UUID.class), lines,
                rs.getLong("goods_amount"), rs.getLong("discount_amount"), rs.getLong("shipping_fee"),
                rs.getLong("total"), rs.getLong("paid"), rs.getLong("refunded"),
                address == null ? null : json.readValue(address, PlaceOrder.Address.class),
                plan(rs.getString("plan")), rs.getString("note"),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                discounts(rs.getString("discounts")));
    }

    private List<OrderView.Discount> discounts(String stored) {
        return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<OrderView.Discount>>() {
        });
    }

    private OrderView.Plan plan(String stored) {
        StoredPlan plan = json.readValue(stored, StoredPlan.class);
        return new OrderView.Plan(plan.shipments(), StoredMessages.read(plan.explanation()));
    }

    /** The lines of several orders in one query, by order. */
    private Map<UUID, List<OrderView.Line>> lines(UUID brandId, List<UUID> orderIds) {
        Map<UUID, List<OrderView.Line>> byOrder = new java.util.HashMap<>();
        jdbc.sql("""
                        select order_id, line_no, sku_id, sku_code, name, specs, quantity, unit_price, price_rule,
                               amount, discount, place_id
                        from order_line where tenant_id = :tenant and order_id = any(:orders)
                        order by order_id, line_no""")
                .param("tenant", brandId).param("orders", orderIds.toArray(UUID[]::new))
                .query((rs, n) -> byOrder.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new OrderView.Line(rs.getInt(2), rs.getObject(3, UUID.class), rs.getString(4),
                                rs.getString(5), json.readValue(rs.getString(6),
                                new TypeReference<Map<String, String>>() {
                                }), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getLong(10), rs.getLong(11),
                                rs.getObject(12, UUID.class))))
                .list();
        return byOrder;
    }

    private record StoredPlan(List<OrderView.Shipment> shipments, List<Map<String, Object>> explanation) {
    }
}
