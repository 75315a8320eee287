package io.oneshelf.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.OneShelfApplication;
import io.oneshelf.support.ApiTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V37 on a database that already holds a ledger and an audit trail (as a server with the demo data has): the old
 * tables become the history partitions, without a row lost and with every index, key and rule in place.
 */
class PartitioningMigrationTest extends ApiTest {

    private static final String DATABASE = "upgrade_to_partitions";

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcClient server;

    private SingleConnectionDataSource upgraded;
    private JdbcClient jdbc;

    @BeforeEach
    void aDatabaseAtV36() {
        server.sql("drop database if exists " + DATABASE).update();
        server.sql("create database " + DATABASE).update();
        upgraded = new SingleConnectionDataSource(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "", true);
        jdbc = JdbcClient.create(upgraded);
        migrate(upgraded, "36");
    }

    @AfterEach
    void dropIt() {
        upgraded.destroy();
        server.sql("drop database " + DATABASE).update();
    }

    @Test
    void the_ledger_and_the_audit_trail_keep_every_row_index_key_and_rule() {
        UUID tenant = UUID.randomUUID();
        jdbc.sql("""
                insert into tenant(id, code, name, currency, time_zone, created_at)
                values (:t, 'UPGRADE', 'Upgrade', 'CNY', 'Asia/Shanghai', now())""").param("t", tenant).update();
        UUID lastYear = YearlyPartitionsTest.idAt(YearMonth.now(ZoneOffset.UTC).minusMonths(12), 5);
        UUID today = io.oneshelf.platform.Ids.next();
        insertMovement(tenant, lastYear, null);
        insertMovement(tenant, today, lastYear);
        jdbc.sql("""
                insert into audit_event(id, tenant_id, occurred_at, action, entity_type)
                select (lpad(to_hex((extract(epoch from now()) * 1000)::bigint - g), 12, '0') || '7'
                        || substr(md5(g::text), 1, 19))::uuid, :t, now(), 'TEST', 'upgrade'
                from generate_series(1, 10) g""")
                .param("t", tenant).update();
        long tx = jdbc.sql("select tx from stock_movement where id = :id").param("id", today).query(Long.class)
                .single();

        migrate(upgraded, null);

        assertThat(jdbc.sql("select relkind::text from pg_class where relname in ('stock_movement', 'audit_event')")
                .query(String.class).list()).containsExactly("p", "p");
        assertThat(jdbc.sql("select count(*) from stock_movement_history").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event_history").query(Long.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("select tx from stock_movement where id = :id").param("id", today).query(Long.class)
                .single()).isEqualTo(tx);
        assertThat(jdbc.sql("select indexname from pg_indexes where tablename = 'stock_movement'")
                .query(String.class).list()).containsExactlyInAnyOrder("stock_movement_pkey", "stock_movement_key",
                "stock_movement_location", "stock_movement_tx");
        assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'stock_movement_tx'")
                .query(String.class).single()).contains("USING btree (tx)");
        assertThat(jdbc.sql("select indexname from pg_indexes where tablename = 'audit_event'")
                .query(String.class).list()).contains("audit_event_pkey", "audit_event_tenant"); // V38 adds more
        // the old table's indexes were attached to the partitioned ones, not built a second time
        assertThat(jdbc.sql("select count(*) from pg_indexes where tablename = 'stock_movement_history'")
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select conname from pg_constraint where conrelid = 'stock_movement'::regclass"
                            + " and contype = 'f' and conparentid = 0").query(String.class).list())
                .containsExactlyInAnyOrder("stock_movement_tenant_id_fkey", "stock_movement_corrects_id_fkey");
        assertThatThrownBy(() -> jdbc.sql("delete from stock_movement where id = :id").param("id", lastYear)
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> insertMovement(tenant, io.oneshelf.platform.Ids.next(), UUID.randomUUID()))
                .hasMessageContaining("foreign key");
        assertThat(jdbc.sql("select count(*) from pg_inherits where inhparent = 'stock_movement'::regclass")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_database_that_holds_the_demo_data_keeps_it_whole_and_every_balance_still_equals_its_ledger()
            throws Exception {
        Path media = Files.createTempDirectory("oneshelf-upgrade-media-");
        // the server of today on the schema of V36, seeding the demo brand as a server of V36 did; today's server
        // also keeps the events of what it does (V39), so it gets their tables for the while and they go after
        eventTablesOfV39();
        try (ConfigurableApplicationContext v36 = new SpringApplicationBuilder(OneShelfApplication.class)
                .logStartupInfo(false)
                .properties("spring.datasource.url=" + postgres.getJdbcUrl("postgres", DATABASE),
                        "spring.datasource.username=postgres", "spring.flyway.target=36", "server.port=0",
                        "oneshelf.demo.enabled=true", "oneshelf.demo.sales=false", "oneshelf.media.dir=" + media,
                        "logging.level.root=WARN", "logging.structured.format.console=")
                .run("--spring.modulith.events.republish-outstanding-events-on-restart=false")) {
            assertThat(v36.isActive()).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from event_log where type = 'inventory.stock.received'")
                .query(Long.class).single()).isPositive();
        jdbc.sql("drop table event_log, event_publication").update();
        String totals = """
                select count(*) || ' ' || sum(on_hand_delta) || ' ' || sum(reserved_delta) || ' ' || sum(tx)
                from stock_movement""";
        String before = jdbc.sql(totals).query(String.class).single();
        long audit = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThat(before).doesNotStartWith("0 ");

        migrate(upgraded, null);

        assertThat(jdbc.sql(totals).query(String.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(audit);
        assertThat(jdbc.sql("""
                select count(*) from stock_balance b
                where (b.on_hand, b.reserved) <> (select coalesce(sum(m.on_hand_delta), 0),
                                                         coalesce(sum(m.reserved_delta), 0)
                                                  from stock_movement m where m.tenant_id = b.tenant_id
                                                    and m.sku_id = b.sku_id and m.location_id = b.location_id)""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void an_empty_database_is_partitioned_too() {
        migrate(upgraded, null);

        for (String table : List.of("stock_movement", "audit_event")) {
            assertThat(jdbc.sql("select count(*) from pg_inherits where inhparent = cast(:t as regclass)")
                    .param("t", table).query(Long.class).single()).as(table).isEqualTo(2);
        }
    }

    /** The tables V39 makes, as plain tables, so that today's server can run on the schema of V36. */
    private void eventTablesOfV39() {
        jdbc.sql("""
                create table event_publication (id uuid primary key, listener_id text not null,
                    event_type text not null, serialized_event text not null, publication_date timestamptz not null,
                    completion_date timestamptz, status text, completion_attempts int,
                    last_resubmission_date timestamptz)""").update();
        jdbc.sql("""
                create table event_log (id uuid primary key, seq bigint not null generated always as identity,
                    tx bigint not null default (pg_current_xact_id()::text::bigint), brand_id uuid not null,
                    type text not null, version int not null, aggregate_id uuid not null,
                    place_ids uuid[] not null default '{}', occurred_at timestamptz not null,
                    payload jsonb not null)""").update();
    }

    private void insertMovement(UUID tenant, UUID id, UUID corrects) {
        jdbc.sql("""
                insert into stock_movement(id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta,
                                           actor_name, corrects_id, occurred_at)
                values (:id, :tenant, :sku, :location, 'RECEIPT', 1, 0, 'test', :corrects, now())""")
                .param("id", id).param("tenant", tenant).param("sku", UUID.randomUUID())
                .param("location", UUID.randomUUID()).param("corrects", corrects).update();
    }

    private static void migrate(DataSource dataSource, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
