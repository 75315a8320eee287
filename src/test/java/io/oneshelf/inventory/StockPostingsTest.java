package io.oneshelf.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.support.BrandFixture.Brand;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sales and returns other modules post, once per reference. */
class StockPostingsTest extends InventoryModuleTest {

    @Autowired
    StockPostings postings;

    @Autowired
    StockHolds stockHolds;

    @Test
    void a_sale_takes_stock_that_is_not_held_once_per_reference() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);
        stockHolds.hold(hold(admin, "order:other", line(tea, brand.storeId(), 4)));
        Sale sale = new Sale(admin, "till:1", HoldLines.of(line(tea, brand.storeId(), 6)));

        Posted first = postings.postSale(sale);
        Posted again = postings.postSale(sale);

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(stock(brand, tea, brand.storeId()).onHand()).isEqualTo(4);
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isEqualTo(4);
    }

    @Test
    void a_sale_of_more_than_the_stock_not_held_is_refused_and_changes_nothing() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        UUID cake = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);
        stockHolds.hold(hold(admin, "order:other", line(cake, brand.storeId(), 8)));

        Rejection refused = catchThrowableOfType(Rejection.class, () -> postings.postSale(new Sale(admin, "till:2",
                HoldLines.of(line(tea, brand.storeId(), 1), line(cake, brand.storeId(), 3)))));

        assertThat(refused.kind()).isEqualTo(Rejection.Kind.OUT_OF_STOCK);
        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("lines[1].quantity");
        assertThat(stock(brand, tea, brand.storeId()).onHand()).isEqualTo(10);
        assertThat(postings.postSale(new Sale(admin, "till:2", HoldLines.of(line(tea, brand.storeId(), 1))))
                .repeated()).as("the refused sale kept no reference").isFalse();
    }

    @Test
    void a_sale_consuming_a_hold_confirms_it() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);
        HoldLines lines = HoldLines.of(line(tea, brand.storeId(), 3));
        stockHolds.hold(new HoldStock(admin, "order:9", lines, java.time.Duration.ofMinutes(5)));

        postings.postSale(new Sale(admin, "order:9", lines, "order:9"));
        Posted again = postings.postSale(new Sale(admin, "order:9", lines, "order:9"));

        assertThat(again.repeated()).isTrue();
        assertThat(stockHolds.findByReference(admin, "order:9").orElseThrow().status())
                .isEqualTo(HoldStatus.CONFIRMED);
        assertThat(stock(brand, tea, brand.storeId()).onHand()).isEqualTo(7);
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isZero();
    }

    @Test
    void a_sale_naming_a_hold_of_other_lines_is_refused() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        Actor admin = admin(brand);
        stockHolds.hold(hold(admin, "order:10", line(tea, brand.storeId(), 3)));

        Rejection refused = catchThrowableOfType(Rejection.class, () -> postings.postSale(new Sale(admin,
                "order:10", HoldLines.of(line(tea, brand.storeId(), 2)), "order:10")));

        assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("lines");
        assertThat(stock(brand, tea, brand.storeId()).reserved()).isEqualTo(3);
    }

    @Test
    void a_return_brings_stock_back_once_per_reference_and_other_lines_under_it_are_refused() {
        Brand brand = brands.aBrand();
        UUID tea = aSkuWithStock(brand, brand.storeId(), 10);
        UUID cake = skus.aSku(brand);
        Actor admin = admin(brand);
        StockReturn back = new StockReturn(admin, "return:1",
                HoldLines.of(line(tea, brand.storeId(), 2), line(cake, brand.warehouseId(), 1)));

        postings.postReturn(back);
        Posted again = postings.postReturn(back);
        Rejection other = catchThrowableOfType(Rejection.class, () -> postings.postReturn(new StockReturn(admin,
                "return:1", HoldLines.of(line(tea, brand.storeId(), 5)))));

        assertThat(again.repeated()).isTrue();
        assertThat(other.faults()).extracting(Rejection.Fault::field).containsExactly("reference");
        assertThat(stock(brand, tea, brand.storeId()).onHand()).isEqualTo(12);
        assertThat(stock(brand, cake, brand.warehouseId()).onHand()).isEqualTo(1);
    }
}
