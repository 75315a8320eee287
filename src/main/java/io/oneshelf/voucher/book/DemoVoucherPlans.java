package io.oneshelf.voucher.book;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.org.Brands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sells the demo brand's ten-drink card (奶茶 10 杯卡, from the demo catalog) as a service voucher of ten uses, valid
 * 180 days, before the demo orders are placed (order 4), so that the regulars can buy it and random baskets leave it
 * out. Sets the plan once: a plan the brand has changed since stays as it is. Lives beside the plans it writes (they
 * are package-private), like the rest of the voucher module.
 */
@Component
@Order(4)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoVoucherPlans implements ApplicationRunner {

    /** The demo catalog's service (catalog/demo/DemoMenu.TEN_DRINKS), found by its product name. */
    static final String TEN_DRINKS = "奶茶 10 杯卡";
    static final int USES = 10;
    static final int DAYS = 180;
    private static final Logger log = LoggerFactory.getLogger(DemoVoucherPlans.class);

    private final Brands brands;
    private final SkuCatalog skus;
    private final VoucherPlans plans;
    /** Whether this start set the plan: only then has the demo bought vouchers to redeem (DemoVouchers). */
    private volatile boolean setNow;

    DemoVoucherPlans(Brands brands, SkuCatalog skus, VoucherPlans plans) {
        this.brands = brands;
        this.skus = skus;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).ifPresent(brand -> skus.all(brand).stream()
                .filter(s -> TEN_DRINKS.equals(s.productName())).findFirst()
                .filter(s -> plans.find(brand, s.id()).isEmpty())
                .ifPresent(s -> {
                    setNow = plans.save(brand, s.id(), USES, DAYS, 0);
                    log.info("Demo voucher plan set: {} sells as {} uses valid {} days", s.name(), USES, DAYS);
                }));
    }

    boolean setNow() {
        return setNow;
    }
}
