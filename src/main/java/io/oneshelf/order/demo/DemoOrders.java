package io.oneshelf.order.demo;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.order.ServiceVouchers;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.StaffLogins;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.StaffDirectory;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo brand three weeks of orders once: till sales at every open store each day (cash or card) and
 * guides' pickup orders (credited to the demo guide) paid at the counter, placed, paid and completed through {@link Orders} like real ones (so
 * stock, payments and events follow), then dated back to their day, since a seeder cannot wait three weeks. Only
 * the orders' own dates move; their stock movements and payments carry the day the demo was made. Today, the
 * franchisee's manager (franchisee@demo) has cakes delivered to three regulars from the brand's warehouse and one
 * of them comes back, so the franchise settlement (decision 0032) has something to show. The regulars also bought
 * the brand's service vouchers (a voucher plan's SKU, decision 0033) online for the guide's store over the weeks,
 * paid by card (a seeder cannot confirm WeChat Pay); the voucher module's demo redeems and refunds some of them.
 * Voucher SKUs stay out of the random baskets, which they could not be sold in. Runs after the other demo seeders
 * (order 5); does nothing when the demo brand has orders already.
 */
@Component
@Order(5)
// oneshelf.demo.sales=false leaves out the demo of what sells (customers, orders): an upgrade test seeds the demo
// brand on an old schema that has no tables for them
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoOrders implements ApplicationRunner {

    static final int DAYS = 21;
    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

    private final Brands brands;
    private final Places places;
    private final SkuCatalog skus;
    private final Customers customers;
    private final Orders orders;
    private final StaffLogins staffLogins;
    private final StaffDirectory staffDirectory;
    private final ServiceVouchers vouchers;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoOrders(Brands brands, Places places, SkuCatalog skus, Customers customers, Orders orders,
               StaffLogins staffLogins, StaffDirectory staffDirectory, ServiceVouchers vouchers, JdbcClient jdbc,
               TransactionTemplate tx) {
        this.brands = brands;
        this.places = places;
        this.skus = skus;
        this.customers = customers;
        this.orders = orders;
        this.staffLogins = staffLogins;
        this.staffDirectory = staffDirectory;
        this.vouchers = vouchers;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(this::noOrdersYet).ifPresent(brand -> {
            long started = System.nanoTime();
            int made = seed(brand);
            log.info("Demo orders placed: {} over the last {} days in {} ms", made, DAYS,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    private boolean noOrdersYet(UUID brand) {
        return !jdbc.sql("select exists(select 1 from sales_order where tenant_id = :t)").param("t", brand)
                .query(Boolean.class).single();
    }

    private int seed(UUID brand) {
        Random random = new Random(2026);
        Actor staff = Actor.system(brand, "demo");
        List<PlaceRef> stores = places.all(brand).stream()
                .filter(p -> p.kind() == PlaceRef.Kind.STORE && p.open()).toList();
        List<SkuRef> active = skus.all(brand).stream().filter(SkuRef::active).toList();
        List<SkuRef> services = active.stream().filter(s -> vouchers.isVoucher(brand, s.id())).toList();
        List<SkuRef> menu = active.stream().filter(s -> !services.contains(s)).toList();
        List<Customer> regulars = DemoGuideOrders.REGULARS.stream()
                .map(p -> customers.findByPhone(brand, p)).flatMap(Optional::stream).toList();
        UUID guide = staffLogins.idOf(brand, DemoGuideOrders.GUIDE).orElse(null);
        if (stores.isEmpty() || menu.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime today = now.withHour(2).withMinute(0).withSecond(0);
        int made = 0;
        // day 0 is today, so that the console's landing page has figures of the day on a fresh demo
        for (int day = DAYS; day >= 0; day--) {
            for (PlaceRef store : stores) {
                for (int sale = 0; sale < 1 + random.nextInt(3); sale++) {
                    made += place(tillSale(brand, staff, store, lines(random, menu), random.nextBoolean()),
                            earliest(today.minusDays(day).plusMinutes(random.nextInt(600)), now), null);
                }
            }
            if (!regulars.isEmpty()) {
                Customer customer = regulars.get(random.nextInt(regulars.size()));
                PlaceRef store = stores.get(random.nextInt(stores.size()));
                made += place(guidePickup(brand, staff, guide, store, customer, lines(random, menu)),
                        earliest(today.minusDays(day).plusMinutes(random.nextInt(600)), now), staff);
            }
        }
        return made + franchiseDeliveries(brand, staff, menu, regulars)
               + voucherPurchases(brand, staff, guide, services, regulars, today, now);
    }

    /**
     * Each regular bought a service voucher online for the guide's store, every few days over the weeks (one of them
     * two at once), paid by card; the vouchers are issued when the order is paid.
     */
    private int voucherPurchases(UUID brand, Actor staff, UUID guide, List<SkuRef> services,
                                 List<Customer> regulars, OffsetDateTime today, OffsetDateTime now) {
        Optional<UUID> store = Optional.ofNullable(guide).flatMap(staffDirectory::findEnabled)
                .map(a -> a.actor().scopeId());
        if (services.isEmpty() || regulars.isEmpty() || store.isEmpty()) {
            return 0;
        }
        int made = 0;
        int[] daysAgo = {19, 15, 12, 8, 5, 2};
        for (int i = 0; i < daysAgo.length; i++) {
            Customer customer = regulars.get(i % regulars.size());
            SkuRef service = services.get(i % services.size());
            PlaceOrder bought = new PlaceOrder(brand, null, OrderChannel.ONLINE, Fulfilment.VOUCHER, customer.id(),
                    store.get(), null, List.of(new PlaceOrder.Line(service.id(), i == 1 ? 2 : 1)), null, List.of(),
                    null, null);
            made += place(bought, earliest(today.minusDays(daysAgo[i]).plusHours(3 + i), now), staff);
        }
        return made;
    }

    /**
     * Cakes the franchisee's manager sells and the brand's warehouse delivers (routing prefers warehouses), paid by
     * card; one of the first order's two comes back (a part: a whole order returned before fulfilment took it on
     * would leave nothing to fulfil). The franchisee owes the brand for three.
     */
    private int franchiseDeliveries(UUID brand, Actor staff, List<SkuRef> menu, List<Customer> regulars) {
        Optional<UUID> manager = staffLogins.idOf(brand, "franchisee@demo");
        Optional<SkuRef> cake = menu.stream().filter(s -> s.code().startsWith("CK")).findFirst();
        if (manager.isEmpty() || cake.isEmpty()) {
            return 0;
        }
        int made = 0;
        for (Customer customer : regulars.stream().limit(3).toList()) {
            try {
                long cakes = made == 0 ? 2 : 1;
                OrderView order = orders.place(new PlaceOrder(brand, staff, OrderChannel.GUIDE, Fulfilment.EXPRESS,
                        customer.id(), null, manager.get(), List.of(new PlaceOrder.Line(cake.get().id(), cakes)),
                        new PlaceOrder.Address(null, customer.name() == null ? "顾客" : customer.name(),
                                customer.phone(), "上海市浦东新区世纪大道100号", new BigDecimal("31.235900"),
                                new BigDecimal("121.506800")), List.of(), "demo", null));
                orders.pay(new PayOrder(brand, order.id(), staff, null, Tender.CARD, null, null,
                        "DEMO-" + order.number(), null));
                if (made == 0) {
                    orders.returnLines(new ReturnLines(brand, order.id(), staff, null,
                            List.of(new ReturnLines.Line(0, 1)), order.lines().get(0).placeId(), true,
                            "demo", null));
                }
                made++;
            } catch (Rejection e) {
                log.debug("Demo franchise delivery not made: {}", e.getMessage());
            }
        }
        return made;
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Places the order (and pays a guide's at the counter) and dates it back, all in one transaction: the order's
     * events are heard after it commits, so their listeners (today's figures) see the order on its demo day.
     * Answers 1 if it was made; a refused order leaves nothing.
     */
    private int place(PlaceOrder command, OffsetDateTime at, Actor payer) {
        Integer made = tx.execute(status -> {
            int one = placeDated(command, at, payer);
            if (one == 0) {
                status.setRollbackOnly();
            }
            return one;
        });
        return made == null ? 0 : made;
    }

    private int placeDated(PlaceOrder command, OffsetDateTime at, Actor payer) {
        try {
            OrderView order = orders.place(command.channel() == OrderChannel.POS ? paidInFull(command) : command);
            if (payer != null) {
                orders.pay(new PayOrder(command.brandId(), order.id(), payer, null, Tender.CARD, null, null,
                        "DEMO-" + order.number(), null));
            }
            jdbc.sql("update sales_order set created_at = :at, updated_at = :at, expires_at = null"
                     + " where tenant_id = :t and id = :id")
                    .param("at", at).param("t", command.brandId()).param("id", order.id()).update();
            jdbc.sql("update order_transition set at = :at + (id % 100) * interval '1 second'"
                     + " where tenant_id = :t and order_id = :id")
                    .param("at", at).param("t", command.brandId()).param("id", order.id()).update();
            return 1;
        } catch (Rejection e) {
            log.debug("Demo order not made: {}", e.getMessage());
            return 0; // a SKU without a price or out of stock at that store: the demo day simply sells less
        }
    }

    /** The till sale with its one tender for the total: cash handed over rounded up to ten yuan, or a card. */
    private PlaceOrder paidInFull(PlaceOrder sale) {
        long total = orders.quote(sale).total();
        PlaceOrder.TenderLine asked = sale.tenders().get(0);
        PlaceOrder.TenderLine tender = asked.tender() == Tender.CASH
                ? new PlaceOrder.TenderLine(Tender.CASH, total, (total + 999) / 1000 * 1000, null)
                : new PlaceOrder.TenderLine(Tender.CARD, total, null, "DEMO-CARD");
        return new PlaceOrder(sale.brandId(), sale.staff(), sale.channel(), sale.fulfilment(), sale.customerId(),
                sale.storeId(), sale.guideId(), sale.lines(), sale.address(), List.of(tender), sale.note(), null);
    }

    private static PlaceOrder tillSale(UUID brand, Actor staff, PlaceRef store, List<PlaceOrder.Line> lines,
                                       boolean cash) {
        return new PlaceOrder(brand, staff, OrderChannel.POS, Fulfilment.IN_STORE, null, store.id(), null, lines,
                null, List.of(new PlaceOrder.TenderLine(cash ? Tender.CASH : Tender.CARD, -1, null, null)), null,
                null);
    }

    /** A guide's pickup order, credited to the demo guide (the demo's own actor places it for them). */
    private static PlaceOrder guidePickup(UUID brand, Actor staff, UUID guide, PlaceRef store, Customer customer,
                                          List<PlaceOrder.Line> lines) {
        return new PlaceOrder(brand, staff, OrderChannel.GUIDE, Fulfilment.PICKUP, customer.id(), store.id(), guide,
                lines, null, List.of(), "demo", null);
    }

    static List<PlaceOrder.Line> lines(Random random, List<SkuRef> menu) {
        List<PlaceOrder.Line> lines = new ArrayList<>();
        List<UUID> taken = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            SkuRef sku = menu.get(random.nextInt(menu.size()));
            if (!taken.contains(sku.id())) {
                taken.add(sku.id());
                lines.add(new PlaceOrder.Line(sku.id(), 1 + random.nextInt(2)));
            }
        }
        return lines;
    }
}
