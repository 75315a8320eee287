package io.oneshelf.promotion.coupon;

import io.oneshelf.member.Customers;
import io.oneshelf.org.Brands;
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
 * Gives the demo brand a claimable coupon (满50减5券: ¥5 off from ¥50, valid 30 days after claim, one per member, 500
 * in all) and issues one to each of the demo customers, through {@link CouponDesk} like the console. Runs after the
 * demo customers and orders (order 8); does nothing when the demo brand has coupon templates already.
 */
@Component
@Order(8)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoCoupons implements ApplicationRunner {

    static final String NAME = "满50减5券";
    /** The demo customers (member/demo/DemoCustomers), found by their phones. */
    static final List<String> PHONES = List.of("13900000001", "13900000002", "13900000003", "13900000004");
    private static final Logger log = LoggerFactory.getLogger(DemoCoupons.class);

    private final Brands brands;
    private final CouponBook book;
    private final CouponDesk desk;
    private final Customers customers;

    DemoCoupons(Brands brands, CouponBook book, CouponDesk desk, Customers customers) {
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
                            null, 5000L, null, null, 30, 1, 500, Set.of(), Set.of(), true, true, true, null));
                    List<UUID> regulars = PHONES.stream().map(p -> customers.findByPhone(brand, p))
                            .flatMap(java.util.Optional::stream).map(c -> c.id()).toList();
                    if (!regulars.isEmpty()) {
                        desk.issue(by, t.id(), regulars);
                    }
                    log.info("Demo coupon created: {}, issued to {} customers", NAME, regulars.size());
                });
    }
}
