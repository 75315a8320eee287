package io.oneshelf.platform.audit;

import io.oneshelf.platform.web.TimePage;
import io.oneshelf.platform.web.TimeWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit trail, which only grows. Each combination of filters gets its own statement, with only the
 * conditions it has, so that PostgreSQL (custom or generic plan alike) walks the one index made for it in id
 * order and stops after a page: {@code (tenant_id, id)}, {@code (tenant_id, entity_type, id)},
 * {@code (tenant_id, action, id)}, {@code (tenant_id, entity_type, action, id)}, and {@code (tenant_id,
 * entity_id, id)} for the history of one record (short, so the other filters are checked on its rows).
 */
@Repository
class AuditEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What to list; a null field does not filter. */
    record Filter(String entityType, String action, UUID entityId) {
    }

    /** The SQL of one page and its parameters. */
    record Statement(String sql, Map<String, Object> params) {
    }

    TimePage<AuditEvent> page(UUID tenant, Filter filter, TimeWindow window, int limit) {
        Statement statement = statement(tenant, filter, window, limit + 1);
        return window.page(jdbc.sql(statement.sql()).params(statement.params()).query(this::map).list(), limit,
                AuditEvent::id);
    }

    Optional<AuditEvent> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from audit_event where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    /**
     * The statement that fetches {@code rows} rows of the window; visible to the plan test. The brand is named as
     * a one-element array on purpose: {@code tenant_id = :tenant} would make the column a constant to the planner
     * and the order plain id order, which the primary key gives too, so a generic plan (made without the values)
     * could walk the primary key and filter, reading most of the table for a rare action. Ordered by brand and
     * id, a page can only come in order from one of the brand's indexes, and it stops after a page. The window's
     * far bound is applied to that page only (see {@link TimeWindow#start}): a generic plan sees a walk, not a range.
     */
    Statement statement(UUID tenant, Filter filter, TimeWindow window, int rows) {
        StringBuilder sql = new StringBuilder("select * from audit_event where tenant_id = any(:tenants)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenants", new UUID[]{tenant});
        if (filter.entityId() != null) {
            sql.append(" and entity_id = :entityId");
            params.put("entityId", filter.entityId());
        }
        if (filter.entityType() != null) {
            sql.append(" and entity_type = :entityType");
            params.put("entityType", filter.entityType());
        }
        if (filter.action() != null) {
            sql.append(" and action = :action");
            params.put("action", filter.action());
        }
        String order = window.order("tenant_id", "id");
        sql.append(" and ").append(window.start("id")).append(' ').append(order).append(" limit :rows");
        String stop = window.stop("id");
        String statement = stop.equals("true") ? sql.toString()
                : "select * from (" + sql + ") as page where " + stop + " " + order;
        params.put("lo", window.lo());
        params.put("hi", window.hi());
        params.put("rows", rows);
        return new Statement(statement, params);
    }

    private AuditEvent map(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("action"),
                rs.getString("entity_type"), rs.getObject("entity_id", UUID.class), tree(rs.getString("before")),
                tree(rs.getString("after")), rs.getString("request_id"));
    }

    private JsonNode tree(String value) {
        return value == null ? null : json.readTree(value);
    }
}
