package io.oneshelf.platform.db;

import java.time.Year;
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
 * Keeps the partitions of this year and the next ready in every table partitioned by year of its UUIDv7 id
 * (decision 0015), so that an insert never finds its year missing. Runs while the application starts, before it
 * takes requests, and then every six hours. Several servers may run it at once: they take turns on an advisory lock
 * and each creates only what is still missing. Creating a partition briefly locks its table against writes, so it
 * waits at most a few seconds for that lock and otherwise tries again next time; a whole year is the slack.
 */
@Component
class YearlyPartitions implements InitializingBean {

    static final List<String> TABLES = List.of("stock_movement", "audit_event", "event_log");
    static final int YEARS_AHEAD = 1;
    private static final Logger log = LoggerFactory.getLogger(YearlyPartitions.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    YearlyPartitions(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
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
        Year now = Year.now(ZoneOffset.UTC);
        for (String table : TABLES) {
            try {
                List<Year> created = ensure(table, now, YEARS_AHEAD);
                if (!created.isEmpty()) {
                    log.info("Created the partitions of {} for {}", table, created);
                }
            } catch (DataAccessException e) {
                log.warn("Could not create the coming years' partitions of {}; trying again later", table, e);
            }
        }
    }

    /**
     * Creates what is missing of the partitions of {@code table} for {@code from} and the {@code ahead} years after
     * it (a year the history partition covers needs none) and returns the years it created.
     */
    List<Year> ensure(String table, Year from, int ahead) {
        return transactions.execute(status -> {
            jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('oneshelf.yearly-partitions', 0))")
                    .query(Integer.class).single();
            jdbc.sql("set local lock_timeout = '5s'").update();
            List<Year> created = new ArrayList<>();
            for (int i = 0; i <= ahead; i++) {
                Year year = from.plusYears(i);
                if (Boolean.TRUE.equals(jdbc.sql("select create_year_partition(cast(:table as regclass), :year)")
                        .param("table", table).param("year", year.getValue()).query(Boolean.class).single())) {
                    created.add(year);
                }
            }
            return created;
        });
    }
}
