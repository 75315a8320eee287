package io.oneshelf.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.platform.Ids;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.Eventually;
import io.oneshelf.support.SkuFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reconciliation proves balances against checkpointed sums plus the movements since, and a full verification
 * re-proves everything: a corrupted balance or checkpoint is still found, scoped checks see only their scope, and a
 * movement whose transaction commits after a checkpoint was taken is never lost.
 */
class LedgerReconciliationTest extends ApiTest {

    @Autowired
    SkuFixture skus;
    @Autowired
    LedgerReconciliation reconciliation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private StockClient as(Brand brand, String who) {
        return new StockClient(api, api.login(brand.login(who), BrandFixture.PASSWORD));
    }

    private JsonNode check(StockClient who, String query) {
        Reply reply = api.get("/api/v1/stock/reconciliation" + query, who.token());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.body();
    }

    private void corrupt(Brand brand, UUID sku, UUID location, long by) {
        jdbc.sql("update stock_balance set on_hand = on_hand + :by where tenant_id = :t and sku_id = :s"
                 + " and location_id = :l").param("by", by).param("t", brand.tenantId()).param("s", sku)
                .param("l", location).update();
    }

    @Test
    void a_corrupted_balance_is_found_by_the_brand_its_store_and_its_sku_but_not_by_another_place() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.storeId(), 10);
        admin.receive(sku, brand.warehouseId(), 4);
        reconciliation.advance(brand.tenantId());
        corrupt(brand, sku, brand.storeId(), 5);

        JsonNode all = check(admin, "");
        assertThat(all.get("differences").size()).as(all.toString()).isEqualTo(1);
        JsonNode d = all.get("differences").get(0);
        assertThat(d.get("onHand").asLong()).isEqualTo(15);
        assertThat(d.get("ledgerOnHand").asLong()).isEqualTo(10);
        assertThat(check(admin, "?locationId=" + brand.storeId()).get("differences").size()).isEqualTo(1);
        assertThat(check(admin, "?skuId=" + sku).get("differences").size()).isEqualTo(1);
        JsonNode warehouse = check(admin, "?locationId=" + brand.warehouseId());
        assertThat(warehouse.get("differences").size()).isZero();
        assertThat(warehouse.get("balancesChecked").asInt()).isEqualTo(1);
        assertThat(check(as(brand, "othermanager"), "").get("differences").size()).isZero();

        corrupt(brand, sku, brand.storeId(), -5);
        assertThat(check(admin, "").get("differences").size()).isZero();
    }

    @Test
    void after_an_advance_a_check_reads_only_the_movements_since_and_says_up_to_where() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        for (int i = 0; i < 5; i++) {
            admin.receive(sku, brand.storeId(), 1);
        }
        assertThat(check(admin, "").get("movementsSinceCheckpoint").asLong()).isEqualTo(5);

        assertThat(reconciliation.advance(brand.tenantId())).isEqualTo(5);
        admin.receive(sku, brand.storeId(), 1);
        admin.adjust(sku, brand.storeId(), -2, "breakage");

        JsonNode after = check(admin, "");
        assertThat(after.get("movementsInCheckpoints").asLong()).as(after.toString()).isEqualTo(5);
        assertThat(after.get("movementsSinceCheckpoint").asLong()).as(after.toString()).isEqualTo(2);
        assertThat(after.get("checkpointAt").isNull()).isFalse();
        assertThat(after.get("differences").size()).isZero();
        assertThat(admin.balance(sku, brand.storeId())[0]).isEqualTo(4);
    }

    @Test
    void a_movement_that_commits_after_a_checkpoint_was_taken_is_still_counted() throws Exception {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.storeId(), 10);
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // A sale that started first but commits last: its movement gets the older transaction id.
            try (PreparedStatement balance = slow.prepareStatement("update stock_balance set on_hand = on_hand - 3"
                    + " where tenant_id = ? and sku_id = ? and location_id = ?");
                 PreparedStatement movement = slow.prepareStatement("insert into stock_movement(id, tenant_id,"
                    + " sku_id, location_id, kind, on_hand_delta, reserved_delta, actor_name, occurred_at)"
                    + " values (?, ?, ?, ?, 'SALE', -3, 0, 'slow till', now())")) {
                balance.setObject(1, brand.tenantId());
                balance.setObject(2, sku);
                balance.setObject(3, brand.storeId());
                balance.executeUpdate();
                movement.setObject(1, Ids.next());
                movement.setObject(2, brand.tenantId());
                movement.setObject(3, sku);
                movement.setObject(4, brand.storeId());
                movement.executeUpdate();
            }
            admin.receive(sku, brand.warehouseId(), 2);
            reconciliation.advance(brand.tenantId());
            slow.commit();
        }
        reconciliation.advance(brand.tenantId());

        JsonNode checked = check(admin, "");
        assertThat(checked.get("differences").size()).as(checked.toString()).isZero();
        assertThat(checked.get("movementsInCheckpoints").asLong()).as(checked.toString()).isEqualTo(3);
        assertThat(admin.balance(sku, brand.storeId())[0]).isEqualTo(7);
    }

    @Test
    void a_full_verification_finds_a_wrong_checkpoint_and_a_wrong_balance_and_rewrites_the_checkpoint() {
        Brand brand = brands.aBrand();
        UUID sku = skus.aSku(brand);
        UUID other = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(sku, brand.storeId(), 10);
        admin.receive(other, brand.storeId(), 6);
        reconciliation.advance(brand.tenantId());
        jdbc.sql("update stock_checkpoint set on_hand = on_hand + 3 where tenant_id = :t and sku_id = :s")
                .param("t", brand.tenantId()).param("s", sku).update();
        corrupt(brand, other, brand.storeId(), -1);
        assertThat(check(admin, "").get("differences").size()).isEqualTo(2);

        JsonNode done = verify(admin);

        assertThat(done.get("balancesDone").asInt()).isEqualTo(2);
        assertThat(done.get("movementsRead").asLong()).isEqualTo(2);
        assertThat(done.get("differences").asInt()).as(done.toString()).isEqualTo(2);
        assertThat(done.get("findings").findValuesAsString("subject")).containsExactlyInAnyOrder("BALANCE",
                "CHECKPOINT");
        JsonNode after = check(admin, "");
        assertThat(after.get("differences").size()).as(after.toString()).isEqualTo(1);
        assertThat(after.get("differences").get(0).get("skuId").asString()).isEqualTo(other.toString());
        assertThat(after.get("lastFullVerificationAt").isNull()).isFalse();
    }

    @Test
    void a_verification_left_by_another_server_resumes_where_it_stopped_once_its_lease_runs_out() {
        Brand brand = brands.aBrand();
        UUID first = skus.aSku(brand);
        UUID second = skus.aSku(brand);
        StockClient admin = as(brand, "admin");
        admin.receive(first, brand.storeId(), 1);
        admin.receive(second, brand.storeId(), 1);
        UUID[] keys = jdbc.sql("select sku_id, location_id from stock_balance where tenant_id = :t"
                               + " order by sku_id, location_id limit 1").param("t", brand.tenantId())
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single();
        UUID id = UUID.fromString(jdbc.sql("""
                insert into stock_verification (id, tenant_id, status, requested_by, balances_total, balances_done,
                    movements_read, differences, after_sku, after_location, lease_owner, lease_until, started_at,
                    updated_at)
                values (:id, :t, 'RUNNING', 'test', 2, 1, 1, 0, :s, :l, 'another-server', now() + interval '1 hour',
                        now(), now())
                returning id::text""").param("id", Ids.next()).param("t", brand.tenantId()).param("s", keys[0])
                .param("l", keys[1]).query(String.class).single());

        reconciliation.work();
        JsonNode held = api.get("/api/v1/stock/reconciliation/verifications/" + id, admin.token()).body();
        assertThat(held.get("status").asString()).isEqualTo("RUNNING");
        assertThat(held.get("balancesDone").asInt()).isEqualTo(1);

        jdbc.sql("update stock_verification set lease_until = now() - interval '1 second' where id = :id")
                .param("id", id).update();
        JsonNode done = poll(admin, id.toString());
        assertThat(done.get("balancesDone").asInt()).as(done.toString()).isEqualTo(2);
        assertThat(done.get("movementsRead").asLong()).isEqualTo(2);
    }

    @Test
    void starting_a_verification_while_one_runs_joins_it() {
        Brand brand = brands.aBrand();
        StockClient admin = as(brand, "admin");
        admin.receive(skus.aSku(brand), brand.storeId(), 1);
        Reply one = api.post("/api/v1/stock/reconciliation/verifications", admin.token(), java.util.Map.of());
        Reply two = api.post("/api/v1/stock/reconciliation/verifications", admin.token(), java.util.Map.of());
        assertThat(one.status()).as(one.toString()).isEqualTo(202);
        assertThat(one.headers().get("Location")).isNotEmpty();
        if (two.body().get("status").asString().equals("RUNNING")) {
            assertThat(two.id()).isEqualTo(one.id());
        }
        poll(admin, one.id());
        assertThat(api.get("/api/v1/stock/reconciliation/verifications/latest", admin.token()).body().get("id")
                .asString()).isIn(one.id(), two.id());
    }

    private JsonNode verify(StockClient who) {
        Reply started = api.post("/api/v1/stock/reconciliation/verifications", who.token(), java.util.Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return poll(who, started.id());
    }

    private JsonNode poll(StockClient who, String id) {
        return Eventually.until("verification " + id + " to finish", Duration.ofSeconds(30),
                () -> api.get("/api/v1/stock/reconciliation/verifications/" + id, who.token()).body(),
                v -> v.get("status").asString().equals("DONE"));
    }
}
