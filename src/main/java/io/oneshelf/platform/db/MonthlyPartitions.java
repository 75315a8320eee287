package io.oneshelf.platform.db;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the partitions of this month and the next three ready in every table partitioned by month of its UUIDv7 id
 * (decision 0015), so that an insert never finds its month missing. Runs while the application starts, before it
 * takes requests, and then every six hours. Several servers may run it at once: they take turns on an advisory lock
 * and each creates only what is still missing. Creating a partition briefly locks its table against writes, so it
 * waits at most a few seconds for that lock and otherwise tries again next time; three months ahead is the slack.
 */
@Component
class MonthlyPartitions implements InitializingBean {

    static final List<String> TABLES = List.of("stock_movement", "audit_event");
    static final int MONTHS_AHEAD = 3;
    private static final Logger log = LoggerFactory.getLogger(MonthlyPartitions.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    MonthlyPartitions(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterPropertiesSet() {
        ensureAhead();
    }

    @Scheduled(fixedDelayString = "${oneshelf.db.partition-sweep:PT6H}",
            initialDelayString = "${oneshelf.db.partition-sweep:PT6H}")
    void ensureAhead() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        for (String table : TABLES) {
            try {
                List<YearMonth> created = ensure(table, now, MONTHS_AHEAD);
                if (!created.isEmpty()) {
                    log.info("Created the partitions of {} for {}", table, created);
                }
            } catch (DataAccessException e) {
                log.warn("Could not create the coming months' partitions of {}; trying again later", table, e);
            }
        }
    }

    /**
     * Creates what is missing of the partitions of {@code table} for {@code from} and the {@code ahead} months after
     * it (a month the history partition covers needs none) and returns the months it created.
     */
    List<YearMonth> ensure(String table, YearMonth from, int ahead) {
        return transactions.execute(status -> {
            jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('oneshelf.monthly-partitions', 0))")
                    .query(Integer.class).single();
            jdbc.sql("set local lock_timeout = '5s'").update();
            List<YearMonth> created = new ArrayList<>();
            for (int i = 0; i <= ahead; i++) {
                YearMonth month = from.plusMonths(i);
                if (Boolean.TRUE.equals(jdbc.sql("select create_month_partition(cast(:table as regclass), :month)")
                        .param("table", table).param("month", month.atDay(1)).query(Boolean.class).single())) {
                    created.add(month);
                }
            }
            return created;
        });
    }
}
