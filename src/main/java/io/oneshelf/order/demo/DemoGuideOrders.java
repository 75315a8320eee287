package io.oneshelf.order.demo;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.Orders;
import io.oneshelf.order.ServiceVouchers;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.Brands;
import io.oneshelf.org.StaffLogins;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.StaffDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the demo guide (代客下單) orders awaiting payment whenever the demo starts without any: pickup orders at the
 * guide's store for the demo's regular customers and for one customer the guide registered by phone, placed by the
 * guide through {@link Orders} as the guide page does, so their pay links can be opened and paid in the storefront.
 * Unpaid orders are cancelled after the brand's unpaid time like any other; the next start places new ones.
 */
@Component
@Order(7)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoGuideOrders implements ApplicationRunner {

    /** The demo brand's guide (at the Jing'an store) and the regular customers of the demo. */
    static final String GUIDE = "guide.jingan@demo";
    static final List<String> REGULARS = List.of("13900000001", "13900000002", "13900000003", "13900000004");
    /** A customer the guide registered by phone while taking their order. */
    static final String NEW_CUSTOMER = "13900000005";
    private static final int OPEN_ORDERS = 3;
    private static final Logger log = LoggerFactory.getLogger(DemoGuideOrders.class);

    private final Brands brands;
    private final StaffDirectory staff;
    private final SkuCatalog skus;
    private final Customers customers;
    private final Orders orders;
    private final JdbcClient jdbc;
    private final StaffLogins staffLogins;
    private final ServiceVouchers vouchers;

    DemoGuideOrders(Brands brands, StaffDirectory staff, SkuCatalog skus, Customers customers, Orders orders,
                    JdbcClient jdbc, StaffLogins staffLogins, ServiceVouchers vouchers) {
        this.staffLogins = staffLogins;
        this.vouchers = vouchers;
        this.brands = brands;
        this.staff = staff;
        this.skus = skus;
        this.customers = customers;
        this.orders = orders;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            brands.idOf(Brands.DEMO).flatMap(brand -> staffLogins.idOf(brand, GUIDE))
                    .flatMap(staff::findEnabled).map(StaffDirectory.CurrentAccount::actor)
                    .filter(guide -> !hasOpenOrders(guide))
                    .ifPresent(guide -> log.info("Demo guide orders awaiting payment placed: {}", place(guide)));
        } catch (RuntimeException e) {
            // the demo's open orders are a convenience: the server starts without them
            log.warn("Demo guide orders not placed", e);
        }
    }

    private boolean hasOpenOrders(Actor guide) {
        return jdbc.sql("select exists(select 1 from sales_order where tenant_id = :t and guide_id = :g"
                        + " and status = 'CREATED')")
                .param("t", guide.tenantId()).param("g", guide.id()).query(Boolean.class).single();
    }

    private int place(Actor guide) {
        // services sold as vouchers go in no pickup basket
        List<SkuRef> menu = skus.all(guide.tenantId()).stream().filter(SkuRef::active)
                .filter(s -> !vouchers.isVoucher(guide.tenantId(), s.id())).toList();
        List<Customer> buyers = new ArrayList<>(REGULARS.stream()
                .map(p -> customers.findByPhone(guide.tenantId(), p)).flatMap(Optional::stream).toList());
        buyers.add(0, customers.findOrRegisterByPhone(guide.tenantId(), NEW_CUSTOMER, "guide-order"));
        if (menu.isEmpty()) {
            return 0;
        }
        Random random = new Random();
        int made = 0;
        for (int i = 0; i < OPEN_ORDERS && i < buyers.size(); i++) {
            try {
                orders.place(new PlaceOrder(guide.tenantId(), guide, OrderChannel.GUIDE, Fulfilment.PICKUP,
                        buyers.get(i).id(), guide.scopeId(), guide.id(), DemoOrders.lines(random, menu), null,
                        List.of(), null, null));
                made++;
            } catch (Rejection e) {
                log.debug("Demo guide order not made: {}", e.getMessage());
            }
        }
        return made;
    }
}
