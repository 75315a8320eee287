package io.oneshelf.guide.sop;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The brand's SOP playbook rules, changed with optimistic locking. */
@Repository
class SopRules {

    private final JdbcClient jdbc;

    SopRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a rule says, as created or replaced. */
    record Terms(String name, SopRule.Kind kind, int days, Long threshold, String message, String link, int dueDays,
                 int resultDays, UUID storeId, boolean enabled) {
    }

    SopRule create(UUID brand, Terms t) {
        UUID id = Ids.next();
        jdbc.sql("""
                        insert into sop_rule(id, tenant_id, name, kind, days, threshold, message, link, due_days,
                                             result_days, store_id, enabled, version, created_at)
                        values (:id, :brand, :name, :kind, :days, :threshold, :message, :link, :due, :result, :store,
                                :enabled, 0, now())""")
                .param("id", id).param("brand", brand).param("name", t.name()).param("kind", t.kind().name())
                .param("days", t.days()).param("threshold", t.threshold()).param("message", t.message())
                .param("link", t.link()).param("due", t.dueDays()).param("result", t.resultDays())
                .param("store", t.storeId()).param("enabled", t.enabled()).update();
        return find(brand, id).orElseThrow();
    }

    SopRule replace(UUID brand, UUID id, int version, Terms t) {
        int changed = jdbc.sql("""
                        update sop_rule set name = :name, kind = :kind, days = :days, threshold = :threshold,
                               message = :message, link = :link, due_days = :due, result_days = :result,
                               store_id = :store, enabled = :enabled, version = version + 1
                        where tenant_id = :brand and id = :id and version = :version""")
                .param("id", id).param("brand", brand).param("version", version).param("name", t.name())
                .param("kind", t.kind().name()).param("days", t.days()).param("threshold", t.threshold())
                .param("message", t.message()).param("link", t.link()).param("due", t.dueDays())
                .param("result", t.resultDays()).param("store", t.storeId()).param("enabled", t.enabled())
                .update();
        if (changed == 0) {
            throw Rejection.staleVersion();
        }
        return find(brand, id).orElseThrow();
    }

    Optional<SopRule> find(UUID brand, UUID id) {
        return jdbc.sql("select * from sop_rule where tenant_id = :brand and id = :id").param("brand", brand)
                .param("id", id).query(SopRules::rule).optional();
    }

    List<SopRule> all(UUID brand) {
        return jdbc.sql("select * from sop_rule where tenant_id = :brand order by created_at, id")
                .param("brand", brand).query(SopRules::rule).list();
    }

    List<SopRule> enabled(UUID brand, boolean dated) {
        return all(brand).stream().filter(SopRule::enabled).filter(r -> r.kind().dated() == dated).toList();
    }

    private static SopRule rule(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long threshold = rs.getLong("threshold");
        return new SopRule(rs.getObject("id", UUID.class), rs.getString("name"),
                SopRule.Kind.valueOf(rs.getString("kind")), rs.getInt("days"), rs.wasNull() ? null : threshold,
                rs.getString("message"), rs.getString("link"), rs.getInt("due_days"), rs.getInt("result_days"),
                rs.getObject("store_id", UUID.class), rs.getBoolean("enabled"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
