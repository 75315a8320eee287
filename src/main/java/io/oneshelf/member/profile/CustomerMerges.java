package io.oneshelf.member.profile;

import io.oneshelf.member.CustomersMergeConfirmed;
import io.oneshelf.member.CustomersMergeUndone;
import io.oneshelf.member.CustomersMerged;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merging two customers who are one person (an admin's decision): the merged customer's identities, addresses
 * and the tags the survivor lacks become the survivor's, and the merged customer is no longer listed or found by
 * their phone, card or WeChat id (they find the survivor). What moved is written down, so that an undo (until the
 * merge is confirmed) moves exactly that back. Other modules move their own on {@link CustomersMerged}.
 */
@Service
class CustomerMerges {

    private static final String COLUMNS = "id, survivor_id, merged_id, status, moved, merged_by, merged_at,"
            + " decided_by, decided_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final JsonMapper json;

    CustomerMerges(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit, JsonMapper json) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.json = json;
    }

    enum Status { MERGED, UNDONE, CONFIRMED }

    /** What moved from the merged customer to the survivor; {@code preferred}: their preferred address then. */
    record Moved(List<UUID> identities, List<UUID> addresses, List<String> tags, UUID preferred) {
    }

    record Merge(UUID id, UUID survivorId, UUID mergedId, Status status, Moved moved, String mergedBy,
                 OffsetDateTime mergedAt, String decidedBy, OffsetDateTime decidedAt) {
    }

    @Transactional
    public Merge merge(Actor actor, UUID survivorId, UUID mergedId) {
        UUID brand = actor.tenantId();
        if (survivorId.equals(mergedId)) {
            throw Rejection.invalid("mergedId", "member.merge.same-customer");
        }
        // both locked, in id order, so that two merges of the same pair never deadlock
        List<UUID> locked = jdbc.sql("select id from customer where tenant_id = :brand and id in (:a, :b)"
                        + " and merged_into is null order by id for update")
                .param("brand", brand).param("a", survivorId).param("b", mergedId).query(UUID.class).list();
        if (!locked.contains(survivorId)) {
            throw exists(brand, survivorId) ? Rejection.conflict("customerId", "member.customer.merged")
                    : Rejection.notFound("customer");
        }
        if (!locked.contains(mergedId)) {
            throw exists(brand, mergedId) ? Rejection.conflict("mergedId", "member.customer.merged")
                    : Rejection.notFound("customer");
        }
        Moved moved = move(brand, survivorId, mergedId);
        jdbc.sql("update customer set merged_into = :survivor, updated_at = now() where tenant_id = :brand"
                        + " and id = :merged")
                .param("survivor", survivorId).param("brand", brand).param("merged", mergedId).update();
        Merge merge = jdbc.sql("insert into customer_merge(id, tenant_id, survivor_id, merged_id, status, moved,"
                        + " merged_by, merged_at) values (:id, :brand, :survivor, :merged, 'MERGED',"
                        + " cast(:moved as jsonb), :by, now()) returning " + COLUMNS)
                .param("id", Ids.next()).param("brand", brand).param("survivor", survivorId)
                .param("merged", mergedId).param("moved", json.writeValueAsString(moved))
                .param("by", actor.name()).query(this::merge).single();
        events.publishEvent(new CustomersMerged(brand, merge.id(), survivorId, mergedId, merge.mergedAt()));
        audit.record(actor, "customer.merged", "customer-merge", merge.id(), null, merge);
        return merge;
    }

    private Moved move(UUID brand, UUID survivorId, UUID mergedId) {
        List<UUID> identities = jdbc.sql("update customer_identity set customer_id = :survivor where tenant_id ="
                        + " :brand and customer_id = :merged returning id")
                .param("survivor", survivorId).param("brand", brand).param("merged", mergedId)
                .query(UUID.class).list();
        boolean survivorHasPreferred = jdbc.sql("select exists (select 1 from customer_address where tenant_id ="
                        + " :brand and customer_id = :survivor and preferred)")
                .param("brand", brand).param("survivor", survivorId).query(Boolean.class).single();
        UUID preferred = jdbc.sql("select id from customer_address where tenant_id = :brand"
                        + " and customer_id = :merged and preferred")
                .param("brand", brand).param("merged", mergedId).query(UUID.class).optional().orElse(null);
        if (survivorHasPreferred && preferred != null) {
            jdbc.sql("update customer_address set preferred = false, updated_at = now() where id = :id")
                    .param("id", preferred).update();
        }
        List<UUID> addresses = jdbc.sql("update customer_address set customer_id = :survivor, updated_at = now()"
                        + " where tenant_id = :brand and customer_id = :merged returning id")
                .param("survivor", survivorId).param("brand", brand).param("merged", mergedId)
                .query(UUID.class).list();
        // a tag both carry stays with the merged customer too, so that an undo leaves both as they were
        List<String> tags = jdbc.sql("""
                        update customer_tag m set customer_id = :survivor
                        where m.tenant_id = :brand and m.customer_id = :merged and not exists (
                            select 1 from customer_tag s where s.tenant_id = :brand and s.customer_id = :survivor
                                and s.tag = m.tag)
                        returning m.tag""")
                .param("survivor", survivorId).param("brand", brand).param("merged", mergedId)
                .query(String.class).list();
        return new Moved(identities, addresses, tags, preferred);
    }

    @Transactional
    public Merge undo(Actor actor, UUID mergeId) {
        Merge before = open(actor, mergeId);
        UUID brand = actor.tenantId();
        Moved moved = before.moved();
        if (!moved.identities().isEmpty()) {
            jdbc.sql("update customer_identity set customer_id = :merged where tenant_id = :brand"
                            + " and customer_id = :survivor and id in (:ids)")
                    .param("merged", before.mergedId()).param("brand", brand).param("survivor", before.survivorId())
                    .param("ids", moved.identities()).update();
        }
        if (!moved.addresses().isEmpty()) {
            jdbc.sql("update customer_address set customer_id = :merged, preferred = false, updated_at = now()"
                            + " where tenant_id = :brand and customer_id = :survivor and id in (:ids)")
                    .param("merged", before.mergedId()).param("brand", brand).param("survivor", before.survivorId())
                    .param("ids", moved.addresses()).update();
        }
        if (moved.preferred() != null) {
            jdbc.sql("update customer_address set preferred = true, updated_at = now() where tenant_id = :brand"
                            + " and customer_id = :merged and id = :was")
                    .param("brand", brand).param("merged", before.mergedId()).param("was", moved.preferred())
                    .update();
        }
        if (!moved.tags().isEmpty()) {
            jdbc.sql("update customer_tag set customer_id = :merged where tenant_id = :brand"
                            + " and customer_id = :survivor and tag in (:tags)")
                    .param("merged", before.mergedId()).param("brand", brand).param("survivor", before.survivorId())
                    .param("tags", moved.tags()).update();
        }
        jdbc.sql("update customer set merged_into = null, updated_at = now() where tenant_id = :brand and id = :id")
                .param("brand", brand).param("id", before.mergedId()).update();
        Merge after = decide(actor, mergeId, Status.UNDONE);
        events.publishEvent(new CustomersMergeUndone(brand, mergeId, before.survivorId(), before.mergedId()));
        audit.record(actor, "customer.merge-undone", "customer-merge", mergeId, before, after);
        return after;
    }

    @Transactional
    public Merge confirm(Actor actor, UUID mergeId) {
        Merge before = open(actor, mergeId);
        Merge after = decide(actor, mergeId, Status.CONFIRMED);
        events.publishEvent(new CustomersMergeConfirmed(actor.tenantId(), mergeId, before.survivorId(),
                before.mergedId()));
        audit.record(actor, "customer.merge-confirmed", "customer-merge", mergeId, before, after);
        return after;
    }

    Optional<Merge> find(UUID brand, UUID mergeId) {
        return jdbc.sql("select " + COLUMNS + " from customer_merge where tenant_id = :brand and id = :id")
                .param("brand", brand).param("id", mergeId).query(this::merge).optional();
    }

    /** The merges a customer took part in (as survivor or merged), or all the brand's, newest first. */
    List<Merge> list(UUID brand, UUID customerId, UUID before, int fetch) {
        return jdbc.sql("select " + COLUMNS + " from customer_merge where tenant_id = :brand"
                        + " and (cast(:customer as uuid) is null or survivor_id = :customer or merged_id = :customer)"
                        + " and (cast(:before as uuid) is null or id < :before) order by id desc limit " + fetch)
                .param("brand", brand).param("customer", customerId).param("before", before)
                .query(this::merge).list();
    }

    /** The merge, locked, when it can still be undone or confirmed; 404 or 409 otherwise. */
    private Merge open(Actor actor, UUID mergeId) {
        Merge merge = jdbc.sql("select " + COLUMNS + " from customer_merge where tenant_id = :brand and id = :id"
                        + " for update")
                .param("brand", actor.tenantId()).param("id", mergeId).query(this::merge).optional()
                .orElseThrow(() -> Rejection.notFound("customer-merge"));
        if (merge.status() != Status.MERGED) {
            throw Rejection.conflict("status", "member.merge.decided", merge.status().name());
        }
        return merge;
    }

    private Merge decide(Actor actor, UUID mergeId, Status status) {
        return jdbc.sql("update customer_merge set status = :status, decided_by = :by, decided_at = now(),"
                        + " version = version + 1 where tenant_id = :brand and id = :id returning " + COLUMNS)
                .param("status", status.name()).param("by", actor.name()).param("brand", actor.tenantId())
                .param("id", mergeId).query(this::merge).single();
    }

    private boolean exists(UUID brand, UUID id) {
        return jdbc.sql("select exists (select 1 from customer where tenant_id = :brand and id = :id)")
                .param("brand", brand).param("id", id).query(Boolean.class).single();
    }

    private Merge merge(ResultSet rs, int row) throws SQLException {
        return new Merge(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
                rs.getObject("merged_id", UUID.class), Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("moved"), Moved.class), rs.getString("merged_by"),
                rs.getObject("merged_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }
}
