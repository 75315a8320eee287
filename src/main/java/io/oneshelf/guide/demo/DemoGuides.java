package io.oneshelf.guide.demo;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.guide.binding.Binding;
import io.oneshelf.guide.binding.Bindings;
import io.oneshelf.guide.binding.Handovers;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.order.ServiceVouchers;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.guide.roster.GuideRuleStore;
import io.oneshelf.guide.roster.GuideRules;
import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.StaffLogins;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Optional;
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
 * Gives the demo brand's flagship guides their customers, once (until the demo has a handover), through the same
 * paths as real use: 钱导购 was given two regulars and left, so they were handed over to 李导购 (and told, where they
 * consented); 赵导购 and 李导购 were assigned one each; the brand pays 3 % commission; a till sale credited to 赵导购
 * earned commission and a returned unit of it clawed back its share. Runs after the other demo sales (order 11).
 */
@Component
@Order(11)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoGuides implements ApplicationRunner {

    static final String GUIDE = "guide.jingan@demo";
    static final String SECOND = "guide2.jingan@demo";
    static final String LEFT = "guide3.jingan@demo";
    private static final Logger log = LoggerFactory.getLogger(DemoGuides.class);

    private final Brands brands;
    private final StaffLogins logins;
    private final Customers customers;
    private final Bindings bindings;
    private final Handovers handovers;
    private final Orders orders;
    private final SkuCatalog skus;
    private final ServiceVouchers vouchers;
    private final JdbcClient jdbc;
    private final Places places;
    private final GuideRuleStore rules;

    DemoGuides(Brands brands, StaffLogins logins, Customers customers, Bindings bindings, Handovers handovers,
               Orders orders, SkuCatalog skus, ServiceVouchers vouchers, JdbcClient jdbc, Places places,
               GuideRuleStore rules) {
        this.places = places;
        this.rules = rules;
        this.brands = brands;
        this.logins = logins;
        this.customers = customers;
        this.bindings = bindings;
        this.handovers = handovers;
        this.orders = orders;
        this.skus = skus;
        this.vouchers = vouchers;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            brands.idOf(Brands.DEMO).filter(this::noHandover).ifPresent(this::seed);
        } catch (RuntimeException e) {
            // the demo's guides are a convenience: the server starts without them
            log.warn("Demo guides not seeded", e);
        }
    }

    /** Whether the demo's guides were never seeded (their handover is the mark; sales bind customers already). */
    private boolean noHandover(UUID brand) {
        return !jdbc.sql("select exists(select 1 from guide_handover where tenant_id = :t)").param("t", brand)
                .query(Boolean.class).single();
    }

    private void seed(UUID brand) {
        Optional<UUID> guide = logins.idOf(brand, GUIDE);
        Optional<UUID> second = logins.idOf(brand, SECOND);
        Optional<UUID> left = logins.idOf(brand, LEFT);
        UUID store = places.all(brand).stream().filter(p -> p.code().equals("SH001")).map(PlaceRef::id).findFirst()
                .orElse(null);
        List<Customer> regulars = List.of("13900000001", "13900000002", "13900000003", "13900000004").stream()
                .map(p -> customers.findByPhone(brand, p)).flatMap(Optional::stream).toList();
        if (guide.isEmpty() || second.isEmpty() || left.isEmpty() || store == null || regulars.size() < 4) {
            return;
        }
        Actor demo = Actor.system(brand, "demo");
        GuideRules now = rules.of(brand);
        rules.set(demo, now.bindingRule(), 300, now.version());
        // assigned by the manager: the demo's sales may have bound the regulars at the till already
        bind(brand, regulars.get(0), left.get(), store);
        bind(brand, regulars.get(1), left.get(), store);
        bind(brand, regulars.get(2), second.get(), store);
        bind(brand, regulars.get(3), guide.get(), store);
        handovers.handOver(new Handovers.HandOver(brand, left.get(), guide.get(), store, "离职 left the company",
                demo.id()));
        // credited to 赵导购: 李导购's newest orders are the ones the demo leaves awaiting payment by link
        boolean sold = sellAndReturnOne(brand, store, second.get(), regulars.get(2));
        log.info("Demo guides: 4 customers bound, 2 handed over, a credited sale {}", sold ? "with a return" : "not made");
    }

    private void bind(UUID brand, Customer customer, UUID guide, UUID store) {
        bindings.bind(new Bindings.Bind(brand, customer.id(), guide, store, Binding.Source.ASSIGNED, null));
    }

    /** A till sale of two units credited to the guide, paid in cash, and one unit of it returned. */
    private boolean sellAndReturnOne(UUID brand, UUID store, UUID guide, Customer customer) {
        Actor staff = Actor.system(brand, "demo");
        for (SkuRef sku : skus.all(brand).stream().filter(SkuRef::active)
                .filter(s -> !vouchers.isVoucher(brand, s.id())).limit(40).toList()) {
            List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(sku.id(), 2));
            try {
                long total = orders.quote(sale(brand, staff, store, guide, customer, lines, 1, null)).total();
                OrderView sold = orders.place(sale(brand, staff, store, guide, customer, lines, total,
                        "demo-guide-sale:" + customer.id()));
                orders.returnLines(new ReturnLines(brand, sold.id(), staff, null,
                        List.of(new ReturnLines.Line(0, 1)), store, true, "demo return",
                        "demo-guide-return:" + sold.id()));
                return true;
            } catch (Rejection e) {
                log.debug("Demo guide sale not made with {}: {}", sku.code(), e.getMessage());
            }
        }
        return false;
    }

    private static PlaceOrder sale(UUID brand, Actor staff, UUID store, UUID guide, Customer customer,
                                   List<PlaceOrder.Line> lines, long amount, String key) {
        return new PlaceOrder(brand, staff, OrderChannel.POS, Fulfilment.IN_STORE, customer.id(), store, guide, lines,
                null, List.of(new PlaceOrder.TenderLine(Tender.CASH, amount, amount, null)), null, key);
    }
}
