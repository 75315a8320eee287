package io.oneshelf.guide.sop;

import io.oneshelf.guide.GuideTaskCompleted;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SOP tasks: an inbox (a guide's own and their store's pool, or the stores in scope), completion and results. */
@Service
class SopTasks {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SopTasks(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whose tasks: one guide's (with their store's pool), or every task of some stores. */
    record Inbox(UUID guideId, UUID guideStoreId, Collection<UUID> storeIds) {
    }

    List<SopTask> list(UUID brand, Inbox inbox, String status, boolean overdueOnly, UUID before, int limit) {
        return jdbc.sql("""
                        select * from sop_task where tenant_id = :brand
                          and (cast(:guide as uuid) is null
                               or guide_id = :guide or guide_id is null and store_id = :guideStore)
                          and (cast(:guide as uuid) is not null or store_id in (:stores))
                          and (cast(:status as text) is null or status = :status)
                          and (not :overdue or status = 'OPEN' and due_at < now())
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", brand).param("guide", inbox.guideId()).param("guideStore", inbox.guideStoreId())
                .param("stores", inbox.storeIds().isEmpty() ? List.of(new UUID(0, 0)) : inbox.storeIds())
                .param("status", status).param("overdue", overdueOnly).param("before", before)
                .param("limit", limit).query(SopTask::of).list();
    }

    Optional<SopTask> find(UUID brand, UUID id) {
        return jdbc.sql("select * from sop_task where tenant_id = :brand and id = :id").param("brand", brand)
                .param("id", id).query(SopTask::of).optional();
    }

    /** Completes an open task (a second completion is a conflict: someone of the pool got there first). */
    @Transactional
    SopTask complete(UUID brand, SopTask task, UUID by, String note) {
        int done = jdbc.sql("""
                        update sop_task set status = 'DONE', completed_at = now(), completed_by = :by, note = :note
                        where tenant_id = :brand and id = :id and status = 'OPEN'""")
                .param("brand", brand).param("id", task.id()).param("by", by).param("note", note).update();
        if (done == 0) {
            throw Rejection.conflict("id", "sop.task.done");
        }
        SopTask now = find(brand, task.id()).orElseThrow();
        events.publishEvent(new GuideTaskCompleted(brand, now.id(), now.ruleId(), now.customerId(), by,
                now.storeId(), now.overdue(now.completedAt()), now.completedAt()));
        return now;
    }

    /** A rule's results over the tasks in view. */
    record Result(UUID ruleId, long tasks, long done, long overdue, long converted, long convertedAmount) {
    }

    List<Result> results(UUID brand, Inbox inbox) {
        return jdbc.sql("""
                        select rule_id, count(*) as tasks, count(*) filter (where status = 'DONE') as done,
                               count(*) filter (where coalesce(completed_at, now()) > due_at) as overdue,
                               count(converted_order_id) as converted,
                               coalesce(sum(converted_amount), 0) as converted_amount
                        from sop_task where tenant_id = :brand
                          and (cast(:guide as uuid) is null
                               or guide_id = :guide or guide_id is null and store_id = :guideStore)
                          and (cast(:guide as uuid) is not null or store_id in (:stores))
                        group by rule_id order by rule_id""")
                .param("brand", brand).param("guide", inbox.guideId()).param("guideStore", inbox.guideStoreId())
                .param("stores", inbox.storeIds().isEmpty() ? List.of(new UUID(0, 0)) : inbox.storeIds())
                .query((rs, n) -> new Result(rs.getObject("rule_id", UUID.class), rs.getLong("tasks"),
                        rs.getLong("done"), rs.getLong("overdue"), rs.getLong("converted"),
                        rs.getLong("converted_amount"))).list();
    }

    static boolean overdueNow(SopTask t) {
        return t.overdue(OffsetDateTime.now());
    }
}
