package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oneshelf.inventory.HoldResult.Outcome;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stock holds in process: idempotent by reference, all lines or none. */
class StockHoldsTest extends InventoryModuleTest {

    @Autowired
    StockHolds stockHolds;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void holding_again_with_the_same_reference_and_lines_returns_the_hold_made_first() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);

        HoldResult first = stockHolds.hold(hold(admin, "order:1", line(tea, brand.storeId(), 3)));
        HoldResult again = stockHolds.hold(hold(admin, " order:1 ", line(tea, brand.storeId(), 3)));

        assertThat(first.outcome()).isEqualTo(Outcome.MADE);
        assertThat(again.outcome()).isEqualTo(Outcome.FOUND);
        assertThat(again.hold()).isEqualTo(first.hold());
        assertThat(stock(brand, tea, brand.storeId()).reserved()).as("held once").isEqualTo(3);
    }

    @Test
    void holding_again_with_the_same_reference_and_other_lines_is_refused() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);
        stockHolds.hold(hold(admin, "order:2", line(tea, brand.storeId(), 3)));

        Rejection refused = catchThrowableOfType(Rejection.class,
                () -> stockHolds.hold(hold(admin, "order:2", line(tea, brand.storeId(), 4))));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("reference");
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isEqualTo(3);
    }

    @Test
    void a_hold_made_inside_a_callers_transaction_commits_or_rolls_back_with_it() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);

        transactions.executeWithoutResult(tx -> {
            stockHolds.hold(hold(admin, "order:undone", line(tea, brand.storeId(), 3)));
            tx.setRollbackOnly();
        });
        transactions.executeWithoutResult(tx -> stockHolds.hold(hold(admin, "order:kept", line(tea,
                brand.storeId(), 2))));

        assertThat(stockHolds.findByReference(admin, "order:undone")).isEmpty();
        assertThat(stockHolds.findByReference(admin, "order:kept")).isPresent();
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isEqualTo(2);
    }

    @Test
    void more_callers_inside_transactions_than_the_pool_has_connections_all_get_their_holds() throws Exception {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 1000);
        Actor admin = admin(brand);
        int callers = 3 * ((com.zaxxer.hikari.HikariDataSource) dataSource).getMaximumPoolSize();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            var holds = java.util.stream.IntStream.range(0, callers).mapToObj(i -> pool.submit(() -> {
                start.await();
                return transactions.execute(tx -> stockHolds.hold(hold(admin, "order:crowd-" + i,
                        line(tea, brand.storeId(), 1))));
            })).toList();
            start.countDown();
            for (var h : holds) {
                assertThat(h.get(60, java.util.concurrent.TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.MADE);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isEqualTo(callers);
    }

    @Test
    void a_hold_the_stock_cannot_cover_is_refused_and_holds_nothing() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        UUID cake = aSkuWithStock(brand, brand.storeId(), 2);
        Actor admin = admin(brand);

        Rejection refused = catchThrowableOfType(Rejection.class, () -> stockHolds.hold(hold(admin, "order:3",
                line(tea, brand.storeId(), 5), line(cake, brand.storeId(), 3))));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.OUT_OF_STOCK);
        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("lines[1].quantity");
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isZero();
        assertThat(stock(brand, cake, brand.storeId()).reserved()).isZero();
        assertThat(stockHolds.findByReference(admin, "order:3")).isEmpty();
    }

    @Test
    void confirming_or_releasing_by_reference_twice_acts_once() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);
        stockHolds.hold(hold(admin, "order:sold", line(tea, brand.storeId(), 4)));
        stockHolds.hold(hold(admin, "order:dropped", line(tea, brand.storeId(), 2)));

        Hold sold = stockHolds.confirm(admin, "order:sold");
        Hold soldAgain = stockHolds.confirm(admin, "order:sold");
        Hold dropped = stockHolds.release(admin, "order:dropped");
        Hold droppedAgain = stockHolds.release(admin, "order:dropped");

        assertThat(soldAgain).isEqualTo(sold);
        assertThat(sold.status()).isEqualTo(HoldStatus.CONFIRMED);
        assertThat(droppedAgain).isEqualTo(dropped);
        assertThat(dropped.status()).isEqualTo(HoldStatus.RELEASED);
        assertThat(stock(brand, tea, brand.storeId()).onHand()).isEqualTo(6);
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isZero();
    }

    @Test
    void a_released_hold_cannot_be_confirmed() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);
        stockHolds.hold(hold(admin, "order:late", line(tea, brand.storeId(), 1)));
        stockHolds.release(admin, "order:late");

        Rejection refused = catchThrowableOfType(Rejection.class, () -> stockHolds.confirm(admin, "order:late"));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
        assertThat(stock(brand, tea, brand.storeId()).onHand()).isEqualTo(10);
    }

    @Test
    void a_store_manager_cannot_hold_stock_of_another_store() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.otherStoreId(), 10);
        Actor admin = admin(brand);
        Actor manager = new Actor(Actor.Kind.STAFF, admin.id(), brand.tenantId(), "manager",
                io.oneshelf.platform.security.Role.STORE_MANAGER, io.oneshelf.platform.security.ScopeType.STORE,
                brand.storeId());

        Rejection refused = catchThrowableOfType(Rejection.class,
                () -> stockHolds.hold(hold(manager, "order:far", line(tea, brand.otherStoreId(), 1))));

        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("lines[0].locationId");
    }
}
