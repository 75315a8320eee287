import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code sop-scan} benchmark (issue 14, decision 0053): the dated SOP rules evaluated over N members (default
 * 1,000,000) in one throw-away embedded PostgreSQL 17 with the project's own migrations, timed against a plain
 * {@code select count(*)} of the same table in the same run. The statements are the server's own (TaskMaker's,
 * read from target/classes); the data set is built with set-based SQL. Figures: the first scan (which makes the
 * tasks), a rerun (which must make none: the unique key), and count(*), each the median of several rounds.
 *
 * <p>Run: bench/sop-scan/run.sh [--members 1000000] [--rounds 3] (see README.md)
 */
public class SopScanBench {

    static int members = 1_000_000;
    static int rounds = 3;
    static final UUID BRAND = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
    static final String[][] RULES = {
            {"AFTER_FIRST_PURCHASE", "3", null}, {"BIRTHDAY_IN", "7", null}, {"NO_PURCHASE_FOR", "60", null},
            {"WALLET_BELOW", "0", "1000"}};

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--members" -> members = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("sop-scan-");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB").setServerConfig("max_wal_size", "4GB")
                .setPGStartupWait(java.time.Duration.ofSeconds(60)).start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(ds);
            say("# sop-scan: %,d members, %d rounds; PostgreSQL %s, %d cores", members, rounds,
                    jdbc.getJdbcTemplate().queryForObject("show server_version", String.class),
                    Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            build(jdbc);
            say("data set built in %.1f s", (System.nanoTime() - t0) / 1e9);
            measure(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
        }
    }

    /** The brand, 50 stores of 10 guides, the members as the SOP read model holds them, 70 % bound to a guide. */
    static void build(NamedParameterJdbcTemplate jdbc) {
        Map<String, Object> p = Map.of("brand", BRAND, "n", members);
        jdbc.update("insert into tenant(id, code, name, currency, time_zone, created_at)"
                    + " values (:brand, 'bench', 'Bench', 'CNY', 'Asia/Shanghai', now())", p);
        // one pseudo-random value per member and purpose: reproducible, no client round trips
        jdbc.update("""
                insert into sop_customer(tenant_id, customer_id, first_paid_at, last_paid_at, birthday_month,
                                         birthday_day, wallet_balance, wallet_changed_at)
                select :brand, md5('c' || i)::uuid,
                       now() - make_interval(secs => (730 * 86400) * r1),
                       now() - make_interval(secs => (730 * 86400) * r1 * r2),
                       case when r3 < 0.6 then 1 + (i % 12) end, case when r3 < 0.6 then 1 + (i % 28) end,
                       case when r4 < 0.3 then (r4 * 66000)::bigint end, case when r4 < 0.3 then now() end
                from (select i, ('x' || substr(md5('a' || i), 1, 8))::bit(32)::bigint / 4294967296.0 as r1,
                             ('x' || substr(md5('b' || i), 1, 8))::bit(32)::bigint / 4294967296.0 as r2,
                             ('x' || substr(md5('d' || i), 1, 8))::bit(32)::bigint / 4294967296.0 as r3,
                             ('x' || substr(md5('e' || i), 1, 8))::bit(32)::bigint / 4294967296.0 as r4
                      from generate_series(1, :n) i) x""", p);
        jdbc.update("""
                insert into guide_binding(id, tenant_id, customer_id, guide_id, store_id, source, started_at)
                select sop_uuid7(), :brand, md5('c' || i)::uuid, md5('g' || (i % 500))::uuid,
                       md5('s' || (i % 50))::uuid, 'LINK', now()
                from generate_series(1, :n) i where i % 10 < 7""", p);
        for (String[] r : RULES) {
            jdbc.update("""
                    insert into sop_rule(id, tenant_id, name, kind, days, threshold, message, due_days, result_days,
                                         store_id, enabled, version, created_at)
                    values (md5(:kind)::uuid, :brand, :kind, :kind, :days, :threshold, 'Say hello', 3, 7,
                            md5('pool')::uuid, true, 0, now())""",
                    params(r));
        }
        jdbc.getJdbcTemplate().execute("vacuum analyze sop_customer");
        jdbc.getJdbcTemplate().execute("vacuum analyze guide_binding");
    }

    static Map<String, Object> params(String[] r) {
        Map<String, Object> p = new HashMap<>();
        p.put("brand", BRAND);
        p.put("kind", r[0]);
        p.put("days", Integer.parseInt(r[1]));
        p.put("threshold", r[2] == null ? null : Long.parseLong(r[2]));
        return p;
    }

    static void measure(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx) throws Exception {
        List<Double> counts = new ArrayList<>();
        List<Double> reruns = new ArrayList<>();
        double first = 0;
        int created = 0;
        long later = 0;
        for (int round = 0; round < rounds; round++) {
            counts.add(time(() -> jdbc.getJdbcTemplate().queryForObject("select count(*) from sop_customer",
                    Long.class)));
            long[] made = new long[1];
            double took = time(() -> made[0] = scan(jdbc, tx));
            if (round == 0) {
                first = took;
                created = (int) made[0];
            } else {
                reruns.add(took);
                // only first purchases that crossed the rule's day since the last scan (time moves on)
                later += made[0];
            }
        }
        long tasks = jdbc.getJdbcTemplate().queryForObject("select count(*) from sop_task", Long.class);
        if (tasks != created + later) {
            throw new IllegalStateException(tasks + " tasks in the table, " + (created + later) + " made");
        }
        long twice = jdbc.getJdbcTemplate().queryForObject("select count(*) from (select 1 from sop_task"
                + " group by rule_id, customer_id, occurrence having count(*) > 1) x", Long.class);
        if (twice != 0) {
            throw new IllegalStateException(twice + " tasks made twice");
        }
        double count = median(counts);
        double rerun = median(reruns);
        say("");
        say("| figure | ms | × count(*) |");
        say("|---|---:|---:|");
        say("| `select count(*) from sop_customer` (median) | %.0f | 1.00 |", count);
        say("| first scan, 4 rules, %,d tasks made | %.0f | %.1f |", created, first, first / count);
        say("| rerun (median), %,d new tasks in all reruns (first purchases crossing the day meanwhile) | %.0f | %.1f |",
                later, rerun, rerun / count);
        say("");
        say("BENCH sop-scan members=%d tasks=%d rerunTasks=%d countMs=%.0f firstScanMs=%.0f rerunMs=%.0f "
            + "firstRatio=%.2f rerunRatio=%.2f", members, created, later, count, first, rerun, first / count,
                rerun / count);
    }

    /** The server's scan: each dated rule's statement, one transaction (TaskMaker.statement, read by reflection). */
    static long scan(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx) {
        return tx.execute(s -> {
            long made = 0;
            for (String[] r : RULES) {
                Map<String, Object> p = params(r);
                p.put("rule", jdbc.queryForObject("select id from sop_rule where kind = :kind", p, UUID.class));
                p.put("pool", jdbc.queryForObject("select store_id from sop_rule where kind = :kind", p, UUID.class));
                p.put("message", "Say hello");
                p.put("link", null);
                p.put("due", 3);
                p.put("result", 7);
                p.put("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
                p.put("group", null);
                made += jdbc.query(statement(r[0]), p, (rs, n) -> 1).size();
            }
            return made;
        });
    }

    static String statement(String kind) {
        try {
            Class<?> kinds = Class.forName("io.oneshelf.guide.sop.SopRule$Kind");
            Method m = Class.forName("io.oneshelf.guide.sop.TaskMaker").getDeclaredMethod("statement", kinds);
            m.setAccessible(true);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object value = Enum.valueOf((Class) kinds, kind);
            return (String) m.invoke(null, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("build the server first (mvn compile): " + e, e);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    static double time(Work w) throws Exception {
        long t = System.nanoTime();
        w.run();
        return (System.nanoTime() - t) / 1e6;
    }

    static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length == 0 ? Double.NaN : a[a.length / 2];
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
