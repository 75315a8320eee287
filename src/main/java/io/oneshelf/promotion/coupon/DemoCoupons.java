package io.oneshelf.promotion.coupon;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.member.Customers;
import io.oneshelf.org.Brands;
import java.util.List;
import java.util.Optional;
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
 * Gives the demo brand a claimable coupon (满50减5券: ¥5 off from ¥50, valid 30 days after claim, one per member, 500
 * in all) in stacking group 满减券, a second of that group that does not combine with promotions (满100减12券, so the
 * two never go on one order), and a free-item coupon (赠饮券: one unit of the first SKU free from ¥30), and issues
 * the first and the last to each of the demo customers, through {@link CouponDesk} like the console. Runs after the
 * demo customers and orders (order 8); does nothing when the demo brand has coupon templates already.
 */
@Component
@Order(8)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoCoupons implements ApplicationRunner {

    static final String NAME = "满50减5券";
    static final String FREE_ITEM = "赠饮券";
    static final String GROUP = "满减券";
    /** The demo customers (member/demo/DemoCustomers), found by their phones. */
    static final List<String> PHONES = List.of("13900000001", "13900000002", "13900000003", "13900000004");
    private static final Logger log = LoggerFactory.getLogger(DemoCoupons.class);

    private final Brands brands;
    private final CouponBook book;
    private final CouponDesk desk;
    private final Customers customers;
    private final SkuCatalog skus;

    DemoCoupons(Brands brands, CouponBook book, CouponDesk desk, Customers customers, SkuCatalog skus) {
        this.skus = skus;
        this.brands = brands;
        this.book = book;
        this.desk = desk;
        this.customers = customers;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(brand -> book.templates(brand, new UUID(0, 0), 1, false).isEmpty())
                .ifPresent(brand -> {
                    CouponDesk.By by = new CouponDesk.By(brand, null, "demo");
                    CouponTemplate t = desk.create(by, new CouponViews.Edit(NAME, CouponKind.AMOUNT_OFF, 500L, null,
                            null, null, GROUP, true, 5000L, null, null, 30, 1, 500, Set.of(), Set.of(), true, true,
                            true, null));
                    desk.create(by, new CouponViews.Edit("满100减12券", CouponKind.AMOUNT_OFF, 1200L, null, null, null,
                            GROUP, false, 10000L, null, null, 30, 1, 500, Set.of(), Set.of(), true, true, true, null));
                    List<UUID> regulars = PHONES.stream().map(p -> customers.findByPhone(brand, p))
                            .flatMap(java.util.Optional::stream).map(c -> c.id()).toList();
                    Optional<CouponTemplate> free = skus.all(brand).stream().filter(SkuRef::active).findFirst()
                            .map(sku -> desk.create(by, new CouponViews.Edit(FREE_ITEM, CouponKind.FREE_ITEM, null,
                                    null, null, sku.id(), null, true, 3000L, null, null, 30, 1, 200, Set.of(),
                                    Set.of(), false, true, true, null)));
                    if (!regulars.isEmpty()) {
                        desk.issue(by, t.id(), regulars);
                        free.ifPresent(f -> desk.issue(by, f.id(), regulars));
                    }
                    log.info("Demo coupon created: {}, issued to {} customers", NAME, regulars.size());
                });
    }
}
