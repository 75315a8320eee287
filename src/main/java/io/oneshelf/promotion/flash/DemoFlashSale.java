package io.oneshelf.promotion.flash;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.Availability;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo brand a running flash sale (秒殺) of its first stainless-steel tumbler SKU: 69.00 instead of 128.00,
 * 2 per customer, 20 units (fewer if the online stock is lower), online, from the start of today for 14 days, through
 * {@link FlashSaleDesk} like one made in the console. Runs after every demo sale (order 10), so that their prices
 * stay as they were; does nothing when the demo brand has flash sales already.
 */
@Component
@Order(10)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoFlashSale implements ApplicationRunner {

    static final String NAME = "保温杯限时秒杀";
    private static final String PRODUCT = "不锈钢保温杯500ml";
    private static final Logger log = LoggerFactory.getLogger(DemoFlashSale.class);

    private final Brands brands;
    private final FlashSales sales;
    private final FlashSaleDesk desk;
    private final SkuCatalog skus;
    private final Availability stock;

    DemoFlashSale(Brands brands, FlashSales sales, FlashSaleDesk desk, SkuCatalog skus, Availability stock) {
        this.brands = brands;
        this.sales = sales;
        this.desk = desk;
        this.skus = skus;
        this.stock = stock;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(brand -> sales.page(brand, new UUID(0, 0), 1).isEmpty())
                .ifPresent(brand -> skus.all(brand).stream().filter(s -> PRODUCT.equals(s.productName()))
                        .findFirst().ifPresent(sku -> create(brand, sku)));
    }

    private void create(UUID brand, SkuRef sku) {
        long online = stock.onlineSellable(Actor.system(brand, "demo"), List.of(sku.id())).getOrDefault(sku.id(), 0L);
        int allocation = (int) Math.min(20, online);
        if (allocation < 1) {
            return;
        }
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        desk.create(new FlashSaleDesk.By(brand, null, "demo"), new FlashSaleViews.Edit(NAME,
                List.of(new FlashSaleViews.ItemEdit(sku.id(), 6_900L, allocation)), 2,
                Set.of(io.oneshelf.order.OrderChannel.ONLINE), Set.of(), from, from.plusDays(14), true, null));
        log.info("Demo flash sale created: {} on {} ({} units)", NAME, sku.code(), allocation);
    }
}
