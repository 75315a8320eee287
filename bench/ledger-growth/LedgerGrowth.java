import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How the stock ledger behaves as it grows (issue 9, decision 0015): the same movements in two layouts side by
 * side in one embedded PostgreSQL 17, measured in alternating rounds so that the noise of a shared machine hits
 * both alike. Layouts: "single" (stock_movement as V36 has it), "monthly" (the same table partitioned by
 * RANGE(id) on UUIDv7 month bounds) and, with --layouts, "quarterly" and "yearly" (three and twelve months a
 * partition). The history grows in time order, a fixed number of movements per month,
 * and after each step the ledger's real insert pattern and read queries are timed on both.
 *
 * <p>Run: bench/ledger-growth/run.sh [--per-month N] [--steps 1,3,6,12] ... (see README.md)
 */
public class LedgerGrowth {

    static int perMonth = 1_000_000;
    static int[] steps = {1, 3, 6, 12};
    static int skus = 2000;
    static int locations = 50;
    static int singleTx = 3000;
    static int batches = 30;
    static int batchSize = 500;
    static int reads = 400;
    static int rounds = 3;
    static List<String> layouts = List.of("single", "monthly");
    static final UUID TENANT = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
    static final Random random = new Random(42);

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--per-month" -> perMonth = Integer.parseInt(args[i + 1]);
                case "--steps" -> steps = java.util.Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt)
                        .toArray();
                case "--skus" -> skus = Integer.parseInt(args[i + 1]);
                case "--locations" -> locations = Integer.parseInt(args[i + 1]);
                case "--single-tx" -> singleTx = Integer.parseInt(args[i + 1]);
                case "--batches" -> batches = Integer.parseInt(args[i + 1]);
                case "--reads" -> reads = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--layouts" -> layouts = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("ledger-growth-");
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB").setServerConfig("max_wal_size", "4GB")
                // commits are not flushed: what is compared is the work inside the database, not the disk
                .setServerConfig("synchronous_commit", "off").setServerConfig("fsync", "off")
                .setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(true);
            say("# ledger growth: %d movements/month, %d SKUs x %d locations, history steps %s months",
                    perMonth, skus, locations, java.util.Arrays.toString(steps));
            say("# PostgreSQL %s, %d cores", scalar(c, "show server_version"),
                    Runtime.getRuntime().availableProcessors());
            schema(c);
            run(c);
        } finally {
            pg.close();
        }
    }

    // ---------------------------------------------------------------- schema

    static final String COLUMNS = """
            id             uuid        not null,
            tenant_id      uuid        not null references tenant (id),
            sku_id         uuid        not null,
            location_id    uuid        not null,
            kind           text        not null check (kind in ('RECEIPT', 'SALE', 'RETURN', 'ADJUSTMENT',
                                        'TRANSFER_OUT', 'TRANSFER_IN', 'STOCKTAKE', 'RESERVE', 'RELEASE')),
            on_hand_delta  bigint      not null,
            reserved_delta bigint      not null,
            actor_id       uuid,
            actor_name     text        not null,
            reason         text,
            reference      text,
            reservation_id uuid,
            corrects_id    uuid,
            occurred_at    timestamptz not null,
            tx             bigint      not null default (pg_current_xact_id()::text::bigint),
            primary key (id)""";

    static Instant start;   // the first month of history (UTC)
    static Instant now;

    static void schema(Connection c) throws SQLException {
        now = Instant.now();
        int months = steps[steps.length - 1];
        LocalDate first = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1).minusMonths(months - 1);
        start = first.atStartOfDay().toInstant(ZoneOffset.UTC);
        exec(c, """
                create table tenant (id uuid primary key);
                insert into tenant values ('%s');
                create function sku(k int) returns uuid language sql immutable as
                  $$ select ('00000000-0000-4000-8001-' || lpad(to_hex(k), 12, '0'))::uuid $$;
                create function loc(k int) returns uuid language sql immutable as
                  $$ select ('00000000-0000-4000-8002-' || lpad(to_hex(k), 12, '0'))::uuid $$;
                create function uuid7_at(ms bigint) returns uuid language sql volatile as
                  $$ select (lpad(to_hex(ms), 12, '0') || '7' || substr(md5(random()::text), 1, 19))::uuid $$;
                create function uuid7_floor(t timestamptz) returns uuid language sql immutable as
                  $$ select (lpad(to_hex((extract(epoch from t) * 1000)::bigint), 12, '0') || '00000000000000000000')::uuid $$;
                create function append_only() returns trigger language plpgsql as
                  $$ begin raise exception 'append-only'; end $$;
                """.formatted(TENANT));
        for (String layout : layouts) {
            boolean monthly = !layout.equals("single");
            exec(c, "create table %s (%s, foreign key (corrects_id) references %s (id))%s".formatted(layout, COLUMNS,
                    layout, monthly ? " partition by range (id)" : ""));
            exec(c, """
                    create index %1$s_key on %1$s (tenant_id, sku_id, location_id, id);
                    create index %1$s_location on %1$s (tenant_id, location_id, id);
                    create index %1$s_tx on %1$s using brin (tx) with (pages_per_range = 16, autosummarize = on);
                    create trigger %1$s_append_only before update or delete on %1$s
                        for each row execute function append_only();
                    """.formatted(layout));
        }
        // a partition per month (quarter, year) from the first month of history to two months ahead
        for (String layout : layouts) {
            int span = switch (layout) {
                case "monthly" -> 1;
                case "quarterly" -> 3;
                case "yearly" -> 12;
                default -> 0;
            };
            if (span == 0) {
                continue;
            }
            for (LocalDate m = LocalDate.ofInstant(start, ZoneOffset.UTC);
                 !m.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(2)); m = m.plusMonths(span)) {
                exec(c, "create table %s_%s partition of %s for values from (uuid7_floor('%s')) to (uuid7_floor('%s'))"
                        .formatted(layout, m.toString().substring(0, 7).replace('-', '_'), layout, m, m.plusMonths(span)));
            }
            say("# %s: %s partitions", layout, scalar(c,
                    "select count(*) from pg_inherits where inhparent = '%s'::regclass".formatted(layout)));
        }
    }

    // ---------------------------------------------------------------- the run

    static void run(Connection c) throws SQLException {
        int loadedMonths = 0;
        for (int months : steps) {
            for (int m = loadedMonths; m < months; m++) {
                for (String layout : layouts) {
                    load(c, layout, m);
                }
            }
            loadedMonths = months;
            for (String layout : layouts) {
                exec(c, "vacuum analyze " + layout);
            }
            long rows = Long.parseLong(scalar(c, "select count(*) from single"));
            say("\n## history: %d months, %,d movements per layout", months, rows);
            for (String layout : layouts) {
                say("# %s: %s", layout, size(c, layout));
            }
            measure(c, true);
        }
        explain(c);
        say("\n## what each index costs on insert (history of %d months; indexes dropped one by one)",
                loadedMonths);
        indexCosts(c);
    }

    /** Loads month m of the history (0 = oldest) in time order, in chunks of 200,000 rows (one transaction each). */
    static void load(Connection c, String layout, int m) throws SQLException {
        Instant from = LocalDate.ofInstant(start, ZoneOffset.UTC).plusMonths(m).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = LocalDate.ofInstant(from, ZoneOffset.UTC).plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (to.isAfter(now)) {
            to = now.minusSeconds(60);
        }
        long t0 = from.toEpochMilli();
        long span = to.toEpochMilli() - t0;
        int chunk = 200_000;
        long began = System.nanoTime();
        for (int done = 0; done < perMonth; done += chunk) {
            int n = Math.min(chunk, perMonth - done);
            exec(c, """
                    insert into %1$s (id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta,
                                     actor_id, actor_name, reason, reference, reservation_id, corrects_id, occurred_at)
                    select (lpad(to_hex(ms), 12, '0') || '7' || substr(md5(g::text), 1, 19))::uuid, '%2$s',
                           ('00000000-0000-4000-8001-' || lpad(to_hex(floor(random() * %3$d)::int), 12, '0'))::uuid,
                           ('00000000-0000-4000-8002-' || lpad(to_hex(floor(random() * %4$d)::int), 12, '0'))::uuid,
                           'SALE', -1, 0, null, 'bench', null, 'order-' || g, null, null, to_timestamp(ms / 1000.0)
                    from (select g, %5$d + (g::numeric * %6$d / %7$d)::bigint as ms
                          from generate_series(%8$d, %9$d) g) s
                    """.formatted(layout, TENANT, skus, locations, t0, span, perMonth, done, done + n - 1));
        }
        say("# loaded month %d into %s: %,.0f rows/s", m + 1, layout, perMonth / ((System.nanoTime() - began) / 1e9));
    }

    static void measure(Connection c, boolean withReads) throws SQLException {
        Map<String, double[]> t = new LinkedHashMap<>();
        for (int r = -1; r < rounds; r++) {
            if (r == -1) {
                // a warm-up round that is not counted: JIT, plan caches, the pages of the newest month
                for (String layout : layouts) {
                    singleInserts(c, layout, 100);
                    batchInserts(c, layout, 1);
                    if (withReads) {
                        reads(c, layout, new LinkedHashMap<>());
                    }
                }
                continue;
            }
            List<String> order = new ArrayList<>(layouts);
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (String layout : order) {
                add(t, "insert 1 row/tx  (rows/s)", layout, singleInserts(c, layout, singleTx / rounds));
                add(t, "insert 500/stmt  (rows/s)", layout, batchInserts(c, layout, batches / rounds));
                if (withReads) {
                    reads(c, layout, t);
                }
            }
        }
        table(t);
    }

    static void indexCosts(Connection c) throws SQLException {
        List<String[]> drops = List.of(new String[] {"all indexes (V36)", null},
                new String[] {"without (tenant, location, id)", "%s_location"},
                new String[] {"and without (tenant, sku, location, id)", "%s_key"},
                new String[] {"and without BRIN (tx): primary key only", "%s_tx"});
        for (String[] d : drops) {
            if (d[1] != null) {
                for (String layout : layouts) {
                    exec(c, "drop index " + d[1].formatted(layout));
                }
            }
            say("\n### %s", d[0]);
            measure(c, false);
        }
    }

    // ---------------------------------------------------------------- writes

    static final String INSERT = """
            insert into %s (id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta, actor_id,
                actor_name, reason, reference, reservation_id, corrects_id, occurred_at)
            values (?, ?, ?, ?, 'RESERVE', 0, 1, null, 'bench', null, ?, null, null, now())""";

    static double singleInserts(Connection c, String layout, int n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT.formatted(layout))) {
            long began = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ps.setObject(1, uuid7(System.currentTimeMillis()));
                ps.setObject(2, TENANT);
                ps.setObject(3, sku(random.nextInt(skus)));
                ps.setObject(4, loc(random.nextInt(locations)));
                ps.setString(5, "bench-" + i);
                ps.executeUpdate();
            }
            return n / ((System.nanoTime() - began) / 1e9);
        }
    }

    static double batchInserts(Connection c, String layout, int n) throws SQLException {
        String sql = """
                insert into %s (id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta, actor_id,
                    actor_name, reason, reference, reservation_id, corrects_id, occurred_at)
                select m.id, m.t, m.s, m.l, 'RESERVE', 0, 1, null, 'bench', null, m.r, null, null, now()
                from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[]) as m(id, t, s, l, r)"""
                .formatted(layout);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            long began = System.nanoTime();
            for (int b = 0; b < n; b++) {
                UUID[] ids = new UUID[batchSize], ts = new UUID[batchSize], ss = new UUID[batchSize],
                        ls = new UUID[batchSize];
                String[] rs = new String[batchSize];
                for (int i = 0; i < batchSize; i++) {
                    ids[i] = uuid7(System.currentTimeMillis());
                    ts[i] = TENANT;
                    ss[i] = sku(random.nextInt(skus));
                    ls[i] = loc(random.nextInt(locations));
                    rs[i] = "batch-" + b + "-" + i;
                }
                ps.setArray(1, c.createArrayOf("uuid", ids));
                ps.setArray(2, c.createArrayOf("uuid", ts));
                ps.setArray(3, c.createArrayOf("uuid", ss));
                ps.setArray(4, c.createArrayOf("uuid", ls));
                ps.setArray(5, c.createArrayOf("text", rs));
                ps.executeUpdate();
            }
            return (double) n * batchSize / ((System.nanoTime() - began) / 1e9);
        }
    }

    // ---------------------------------------------------------------- reads

    static void reads(Connection c, String layout, Map<String, double[]> t) throws SQLException {
        UUID recentLo = floor(now.minus(30, ChronoUnit.DAYS));
        UUID top = new UUID(-1, -1);
        UUID yearLo = floor(start);
        UUID yearHi = floor(start.plus(30, ChronoUnit.DAYS));
        String balance = "select id from %s where tenant_id = ? and sku_id = ? and location_id = ? and id >= ? and id < ? order by id desc limit 51";
        String location = "select id from %s where tenant_id = ? and location_id = ? and id >= ? and id < ? order by id desc limit 51";
        add(t, "balance page, last 30 days (µs)", layout, time(c, balance.formatted(layout), true, recentLo, top));
        add(t, "balance page, no window (µs)", layout, time(c, balance.formatted(layout), true, new UUID(0, 0), top));
        add(t, "balance page, first month (µs)", layout, time(c, balance.formatted(layout), true, yearLo, yearHi));
        add(t, "location page, last 30 days (µs)", layout, time(c, location.formatted(layout), false, recentLo, top));
        add(t, "location page, first month (µs)", layout, time(c, location.formatted(layout), false, yearLo, yearHi));
        add(t, "balance sums, whole ledger (µs)", layout, time(c, """
                select sum(on_hand_delta), sum(reserved_delta), count(*) from %s
                where tenant_id = ? and sku_id = ? and location_id = ? and id >= ? and id < ?""".formatted(layout),
                true, new UUID(0, 0), top));
        add(t, "lookup by id (µs)", layout, lookups(c, layout));
        add(t, "tail since horizon, tx >= (µs)", layout, tail(c, layout));
    }

    static double time(Connection c, String sql, boolean perBalance, UUID lo, UUID hi) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            long began = System.nanoTime();
            for (int i = 0; i < reads; i++) {
                int k = 1;
                ps.setObject(k++, TENANT);
                if (perBalance) {
                    ps.setObject(k++, sku(random.nextInt(skus)));
                }
                ps.setObject(k++, loc(random.nextInt(locations)));
                ps.setObject(k++, lo);
                ps.setObject(k, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
            return (System.nanoTime() - began) / 1e3 / reads;
        }
    }

    static List<UUID> sample;

    static double lookups(Connection c, String layout) throws SQLException {
        if (sample == null || sample.size() < reads) {
            sample = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select id from single tablesample system (1) limit " + reads)) {
                while (rs.next()) {
                    sample.add(rs.getObject(1, UUID.class));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select * from %s where id = ?".formatted(layout))) {
            long began = System.nanoTime();
            for (UUID id : sample) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
            return (System.nanoTime() - began) / 1e3 / sample.size();
        }
    }

    /** What reconciliation reads: every movement since a horizon 200 transactions back. */
    static double tail(Connection c, String layout) throws SQLException {
        long horizon = Long.parseLong(scalar(c, "select pg_current_xact_id()::text::bigint")) - 200;
        try (PreparedStatement ps = c.prepareStatement("""
                select sku_id, location_id, sum(on_hand_delta), sum(reserved_delta) from %s
                where tx >= ? group by sku_id, location_id""".formatted(layout))) {
            int n = 20;
            long began = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ps.setLong(1, horizon);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(3);
                    }
                }
            }
            return (System.nanoTime() - began) / 1e3 / n;
        }
    }

    /** The plans of the read queries on both layouts, with literal values as a custom plan sees them. */
    static void explain(Connection c) throws SQLException {
        String b = "tenant_id = '%s' and sku_id = '%s' and location_id = '%s'".formatted(TENANT, sku(7), loc(3));
        String l = "tenant_id = '%s' and location_id = '%s'".formatted(TENANT, loc(3));
        String recent = "id >= '%s' and id < '%s'".formatted(floor(now.minus(30, ChronoUnit.DAYS)), new UUID(-1, -1));
        String old = "id >= '%s' and id < '%s'".formatted(floor(start), floor(start.plus(30, ChronoUnit.DAYS)));
        String id = scalar(c, "select id from single tablesample system (1) limit 1");
        String tx = String.valueOf(Long.parseLong(scalar(c, "select pg_current_xact_id()::text::bigint")) - 200);
        for (String layout : layouts) {
            for (String q : List.of(
                    "select id from %s where " + b + " and " + recent + " order by id desc limit 51",
                    "select id from %s where " + b + " order by id desc limit 51",
                    "select id from %s where " + l + " and " + old + " order by id desc limit 51",
                    "select * from %s where id = '" + id + "'",
                    "select count(*) from %s where tx >= " + tx)) {
                for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                    // a generic plan is what a prepared statement gets after five runs: the values are parameters
                    exec(c, "set plan_cache_mode = " + mode + "; deallocate all");
                    List<String> values = new ArrayList<>();
                    java.util.regex.Matcher v = java.util.regex.Pattern.compile("'[^']*'|(?<=>= )\\d+")
                            .matcher(q.formatted(layout));
                    StringBuilder parameterised = new StringBuilder();
                    while (v.find()) {
                        values.add(v.group());
                        v.appendReplacement(parameterised, "\\$" + values.size());
                    }
                    v.appendTail(parameterised);
                    exec(c, "prepare q as " + parameterised);
                    say("\n```\n-- %s: %s", mode, q.formatted(layout));
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                            "explain (analyze, buffers, costs off, timing off) execute q(" + String.join(", ", values)
                            + ")")) {
                        while (rs.next()) {
                            say("%s", rs.getString(1));
                        }
                    }
                    say("```");
                }
                exec(c, "set plan_cache_mode = auto; deallocate all");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static UUID sku(int k) {
        return UUID.fromString("00000000-0000-4000-8001-%012x".formatted(k));
    }

    static UUID loc(int k) {
        return UUID.fromString("00000000-0000-4000-8002-%012x".formatted(k));
    }

    static UUID uuid7(long millis) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID((millis << 16) | 0x7000L | (r.nextInt() & 0x0FFFL),
                (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    static UUID floor(Instant t) {
        return new UUID(t.toEpochMilli() << 16, 0);
    }

    static void add(Map<String, double[]> t, String what, String layout, double v) {
        double[] sums = t.computeIfAbsent(what, k -> new double[2 * layouts.size()]);
        int i = 2 * layouts.indexOf(layout);
        sums[i] += v;
        sums[i + 1]++;
    }

    static void table(Map<String, double[]> t) {
        StringBuilder head = new StringBuilder("| measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String layout : layouts) {
            head.append(' ').append(layout).append(" |");
            rule.append("---:|");
        }
        for (String layout : layouts.subList(1, layouts.size())) {
            head.append(' ').append(layout).append(" / single |");
            rule.append("---:|");
        }
        say("%s", head);
        say("%s", rule);
        t.forEach((k, v) -> {
            StringBuilder row = new StringBuilder("| " + k + " |");
            for (int i = 0; i < layouts.size(); i++) {
                row.append(String.format(Locale.ROOT, " %,.0f |", v[2 * i] / v[2 * i + 1]));
            }
            for (int i = 1; i < layouts.size(); i++) {
                row.append(String.format(Locale.ROOT, " %.2f |", (v[2 * i] / v[2 * i + 1]) / (v[0] / v[1])));
            }
            say("%s", row);
        });
    }

    static String size(Connection c, String table) throws SQLException {
        return scalar(c, """
                select pg_size_pretty(sum(pg_table_size(r)))
                    || ' heap+toast, ' || pg_size_pretty(sum(pg_indexes_size(r))) || ' indexes'
                from (select '%1$s'::regclass r union all select inhrelid from pg_inherits
                      where inhparent = '%1$s'::regclass) x""".formatted(table));
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
