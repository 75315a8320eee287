package io.oneshelf.guide.sop;

import io.oneshelf.guide.GuideTaskCreated;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a rule's tasks in one statement: the customers its condition selects, each to their current guide (or their
 * binding's store pool, or the rule's store pool for customers bound to nobody), inserted once per customer, rule
 * and occurrence — the unique key turns a repeat into nothing, however often or by however many instances it runs.
 */
@Component
class TaskMaker {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    TaskMaker(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Made(UUID id, UUID customerId, UUID guideId, UUID storeId, OffsetDateTime dueAt) {
    }

    /**
     * The statement for a rule of the kind (named parameters: brand, rule, pool, message, link, due, result, days,
     * today, threshold, group); the {@code sop-scan} benchmark runs it as it stands.
     */
    static String statement(SopRule.Kind kind) {
        return "insert into sop_task(id, tenant_id, rule_id, customer_id, occurrence, guide_id,"
               + " store_id, message, link, status, due_at, result_until, created_at)"
               + " select sop_uuid7(), :brand, :rule, s.customer_id, s.occurrence, b.guide_id,"
               + " coalesce(b.store_id, cast(:pool as uuid)), :message, :link, 'OPEN',"
               + " now() + make_interval(days => :due), now() + make_interval(days => :result), now()"
               + " from (" + RuleConditions.customers(kind) + ") s"
               + " left join guide_binding b on b.tenant_id = :brand and b.customer_id = s.customer_id"
               + " and b.ended_at is null"
               + " where coalesce(b.store_id, cast(:pool as uuid)) is not null"
               // made before: skipped by a lookup, cheaper than a speculative insert; the key still settles races
               + " and not exists (select 1 from sop_task t where t.tenant_id = :brand and t.rule_id = :rule"
               + " and t.customer_id = s.customer_id and t.occurrence = s.occurrence)"
               + " on conflict do nothing returning id, customer_id, guide_id, store_id, due_at";
    }

    /** Makes the tasks of the rule for its customers today ({@code group}: the failed group, for that kind). */
    int make(UUID brand, SopRule rule, LocalDate today, UUID group) {
        List<Made> made = jdbc.sql(statement(rule.kind()))
                .params(Map.of("brand", brand, "rule", rule.id(), "message", rule.message(),
                        "due", rule.dueDays(), "result", rule.resultDays(), "days", rule.days(), "today", today))
                .param("pool", rule.storeId()).param("link", rule.link()).param("threshold", rule.threshold())
                .param("group", group)
                .query((rs, n) -> new Made(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                        rs.getObject("guide_id", UUID.class), rs.getObject("store_id", UUID.class),
                        rs.getObject("due_at", OffsetDateTime.class))).list();
        made.forEach(t -> events.publishEvent(new GuideTaskCreated(brand, t.id(), rule.id(), t.customerId(),
                t.guideId(), t.storeId(), t.dueAt())));
        return made.size();
    }
}
