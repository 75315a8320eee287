package io.oneshelf.platform.audit;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.RequestIds;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who did what to which record, with the state before and after. Written in the transaction of the
 * change itself, so an audited change and its audit entry commit or vanish together. Insert-only.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(Actor actor, String action, String entityType, UUID entityId, Object before, Object after) {
        record(actor.tenantId(), actor.id(), actor.name(), action, entityType, entityId, before, after);
    }

    /** For actions taken before anyone is signed in, such as a failed login. */
    public void record(UUID tenantId, UUID actorId, String actorName, String action, String entityType,
                       UUID entityId, Object before, Object after) {
        jdbc.sql("""
                insert into audit_event(id, tenant_id, occurred_at, actor_id, actor_name, action, entity_type,
                                        entity_id, before, after, request_id)
                values (:id, :tenant, now(), :actor, :actorName, :action, :entityType, :entityId,
                        cast(:before as jsonb), cast(:after as jsonb), :requestId)""")
                .param("id", Ids.next())
                .param("tenant", tenantId)
                .param("actor", actorId)
                .param("actorName", actorName)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .param("requestId", RequestIds.current())
                .update();
    }
}
