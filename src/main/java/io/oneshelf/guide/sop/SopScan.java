package io.oneshelf.guide.sop;

import io.oneshelf.org.Brands;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the brand's dated SOP rules, every hour and on demand, one set-based statement per rule. Safe with
 * several instances: a brand's run holds a transaction-scoped advisory lock, and an instance that cannot take it
 * leaves the brand to the one that has it; the tasks' unique key makes any later run a no-op for what exists.
 */
@Component
class SopScan {

    private static final Logger log = LoggerFactory.getLogger(SopScan.class);

    private final JdbcClient jdbc;
    private final SopRules rules;
    private final TaskMaker tasks;
    private final Brands brands;
    private final TransactionTemplate tx;

    SopScan(JdbcClient jdbc, SopRules rules, TaskMaker tasks, Brands brands, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.tasks = tasks;
        this.brands = brands;
        this.tx = tx;
    }

    /** What a run made; {@code ran} is false when another instance was scanning the brand. */
    record Outcome(boolean ran, int created) {
    }

    @Scheduled(fixedDelayString = "${oneshelf.guide.sop-scan-every:PT1H}", initialDelayString = "PT9M")
    void everyBrand() {
        for (UUID brand : jdbc.sql("select distinct tenant_id from sop_rule where enabled").query(UUID.class).list()) {
            Outcome o = run(brand);
            if (o.created() > 0) {
                log.info("SOP scan of brand {}: {} tasks", brand, o.created());
            }
        }
    }

    Outcome run(UUID brand) {
        LocalDate today = LocalDate.now(brands.zoneOf(brand));
        return tx.execute(s -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "guide.sop-scan:" + brand).query(Boolean.class).single();
            if (!locked) {
                return new Outcome(false, 0);
            }
            int created = 0;
            for (SopRule rule : rules.enabled(brand, true)) {
                created += tasks.make(brand, rule, today, null);
            }
            return new Outcome(true, created);
        });
    }
}
