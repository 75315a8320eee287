package io.oneshelf.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stock ledger and the audit trail by year of their UUIDv7 ids (decision 0015). */
class YearlyPartitionsTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    YearlyPartitions partitions;

    @Test
    void next_year_has_its_partition_when_the_server_has_started() {
        for (String table : YearlyPartitions.TABLES) {
            assertThat(partitionsOf(table)).contains(table + "_" + next().getValue());
        }
    }

    @Test
    void a_movement_made_next_year_lands_in_the_partition_of_next_year_and_one_from_the_past_in_the_history() {
        Brand brand = brands.aBrand();
        UUID nextYear = aMovement(brand, idAt(next().atMonth(12), 31));
        UUID lastYear = aMovement(brand, idAt(YearMonth.now(ZoneOffset.UTC).minusMonths(13), 3));

        assertThat(partitionHolding("stock_movement", nextYear)).isEqualTo("stock_movement_" + next().getValue());
        assertThat(partitionHolding("stock_movement", lastYear)).isEqualTo("stock_movement_history");
    }

    @Test
    void a_correction_may_point_at_a_movement_of_another_month_but_not_at_one_that_does_not_exist() {
        Brand brand = brands.aBrand();
        UUID original = aMovement(brand, idAt(YearMonth.now(ZoneOffset.UTC).minusMonths(2), 1));
        UUID correction = idAt(next().atMonth(2), 1);

        insertMovement(brand, correction, original);
        assertThat(jdbc.sql("select corrects_id from stock_movement where id = :id").param("id", correction)
                .query(UUID.class).single()).isEqualTo(original);
        assertThatThrownBy(() -> insertMovement(brand, idAt(next().atMonth(1), 2),
                UUID.randomUUID())).isInstanceOf(DataAccessException.class).hasMessageContaining("foreign key");
    }

    @Test
    void a_movement_stays_append_only_in_the_history_and_in_every_year() {
        Brand brand = brands.aBrand();
        UUID old = aMovement(brand, idAt(YearMonth.now(ZoneOffset.UTC).minusMonths(1), 9));
        UUID coming = aMovement(brand, idAt(next().atMonth(3), 9));

        for (UUID id : List.of(old, coming)) {
            for (String sql : List.of("update stock_movement set reason = 'x' where id = :id",
                    "delete from stock_movement where id = :id")) {
                assertThatThrownBy(() -> jdbc.sql(sql).param("id", id).update()).as(sql)
                        .hasMessageContaining("append-only");
            }
        }
        for (String sql : List.of("update stock_movement_history set reason = 'x' where id = :id",
                "delete from stock_movement_history where id = :id")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("id", old).update()).as(sql)
                    .hasMessageContaining("append-only");
        }
        String year = "stock_movement_" + next().getValue();
        for (String sql : List.of("update " + year + " set reason = 'x' where id = :id",
                "delete from " + year + " where id = :id")) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("id", coming).update()).as(sql)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void a_page_of_a_month_next_year_reads_only_the_partition_of_that_year() {
        YearMonth next = next().atMonth(6);
        String plan = String.join("\n", jdbc.sql("""
                explain select id from stock_movement
                where tenant_id = :tenant and location_id = :location and id >= :lo and id < :hi
                order by id desc limit 51""")
                .param("tenant", UUID.randomUUID()).param("location", UUID.randomUUID())
                .param("lo", floor(next)).param("hi", floor(next.plusMonths(1)))
                .query(String.class).list());

        assertThat(plan).contains("stock_movement_" + next.getYear()).doesNotContain("stock_movement_history");
    }

    @Test
    void an_audit_event_of_next_year_lands_in_its_partition() {
        UUID id = idAt(next().atMonth(1), 20);
        jdbc.sql("""
                insert into audit_event(id, tenant_id, occurred_at, action, entity_type)
                values (:id, :tenant, now(), 'TEST', 'partition')""")
                .param("id", id).param("tenant", UUID.randomUUID()).update();

        assertThat(partitionHolding("audit_event", id)).isEqualTo("audit_event_" + next().getValue());
    }

    @Test
    void two_servers_creating_the_same_years_at_once_both_succeed_and_each_year_is_made_once() throws Exception {
        jdbc.sql("create table partition_probe (id uuid primary key) partition by range (id)").update();
        try {
            Year from = Year.of(2031);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService twoServers = Executors.newFixedThreadPool(2);
            List<CompletableFuture<List<Year>>> servers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                servers.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return partitions.ensure("partition_probe", from, 5);
                }, twoServers));
            }
            twoServers.shutdown();
            List<Year> created = new ArrayList<>();
            for (CompletableFuture<List<Year>> server : servers) {
                created.addAll(server.get());
            }

            assertThat(created).containsExactlyInAnyOrderElementsOf(
                    List.of(from, from.plusYears(1), from.plusYears(2), from.plusYears(3), from.plusYears(4),
                            from.plusYears(5)));
            assertThat(partitionsOf("partition_probe")).hasSize(6);
            assertThat(partitions.ensure("partition_probe", from, 5)).isEmpty();
        } finally {
            jdbc.sql("drop table partition_probe").update();
        }
    }

    private UUID aMovement(Brand brand, UUID id) {
        insertMovement(brand, id, null);
        return id;
    }

    /** A movement that changes nothing (zero deltas), so the brand's balances still equal its ledger. */
    private void insertMovement(Brand brand, UUID id, UUID corrects) {
        jdbc.sql("""
                insert into stock_movement(id, tenant_id, sku_id, location_id, kind, on_hand_delta, reserved_delta,
                                           actor_name, corrects_id, occurred_at)
                values (:id, :tenant, :sku, :location, 'ADJUSTMENT', 0, 0, 'test', :corrects, now())""")
                .param("id", id).param("tenant", brand.tenantId()).param("sku", UUID.randomUUID())
                .param("location", brand.storeId()).param("corrects", corrects).update();
    }

    private List<String> partitionsOf(String table) {
        return jdbc.sql("select inhrelid::regclass::text from pg_inherits where inhparent = cast(:t as regclass)")
                .param("t", table).query(String.class).list();
    }

    private String partitionHolding(String table, UUID id) {
        return jdbc.sql("select tableoid::regclass::text from " + table + " where id = :id").param("id", id)
                .query(String.class).single();
    }

    private static Year next() {
        return Year.now(ZoneOffset.UTC).plusYears(1);
    }

    /** A UUIDv7 made on the given day of the month (UTC), as io.oneshelf.platform.Ids makes them. */
    static UUID idAt(YearMonth month, int day) {
        long millis = month.atDay(day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() + 1234;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL),
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private static UUID floor(YearMonth month) {
        return new UUID(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() << 16, 0);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
