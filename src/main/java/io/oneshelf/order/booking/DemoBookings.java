package io.oneshelf.order.booking;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.StaffLogins;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.StaffDirectory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo brand its pre-orders once (decision 0035): the strawberry cream cake (草莓奶油蛋糕 6寸) made to order
 * with a 24-hour lead time, three pickup slots a day at every open store, and a few cakes the demo guide booked for
 * regular customers on the coming days, placed and paid at the counter through {@link Orders} like real ones. Runs
 * after the three weeks of orders (whose random menus would otherwise sell the cake without a slot) and before the
 * guide's orders awaiting payment, which stay the guide's newest; does nothing when the demo brand makes something
 * to order already.
 */
@Component
@Order(6)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoBookings implements ApplicationRunner {

    static final String CAKE = "草莓奶油蛋糕";
    private static final String GUIDE = "guide.jingan@demo";
    private static final List<String> REGULARS = List.of("13900000001", "13900000002", "13900000003");
    private static final Logger log = LoggerFactory.getLogger(DemoBookings.class);

    private final Brands brands;
    private final Places places;
    private final SkuCatalog skus;
    private final MadeToOrderStore settings;
    private final PickupSlots slots;
    private final Orders orders;
    private final Customers customers;
    private final StaffLogins staffLogins;
    private final StaffDirectory staff;

    DemoBookings(Brands brands, Places places, SkuCatalog skus, MadeToOrderStore settings, PickupSlots slots,
                 Orders orders, Customers customers, StaffLogins staffLogins, StaffDirectory staff) {
        this.brands = brands;
        this.places = places;
        this.skus = skus;
        this.settings = settings;
        this.slots = slots;
        this.orders = orders;
        this.customers = customers;
        this.staffLogins = staffLogins;
        this.staff = staff;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            brands.idOf(Brands.DEMO).filter(brand -> settings.all(brand).isEmpty()).ifPresent(brand ->
                    log.info("Demo pre-orders: {} cakes booked", seed(brand)));
        } catch (RuntimeException e) {
            // the demo's bookings are a convenience: the server starts without them
            log.warn("Demo pre-orders not made", e);
        }
    }

    private int seed(UUID brand) {
        Optional<SkuRef> cake = skus.all(brand).stream().filter(SkuRef::active)
                .filter(s -> CAKE.equals(s.productName()) || s.name().startsWith(CAKE))
                .sorted((a, b) -> Boolean.compare(!sixInch(a), !sixInch(b))).findFirst();
        if (cake.isEmpty()) {
            return 0;
        }
        settings.save(brand, cake.get().id(), true, 24, 0);
        java.util.Set<DayOfWeek> every = EnumSet.allOf(DayOfWeek.class);
        List<PlaceRef> stores = places.all(brand).stream().filter(p -> p.kind() == PlaceRef.Kind.STORE && p.open())
                .toList();
        for (PlaceRef store : stores) {
            slots.insert(brand, new PickupSlot(Ids.next(), store.id(), LocalTime.of(10, 0), LocalTime.of(12, 0), 6,
                    every, true, 1));
            slots.insert(brand, new PickupSlot(Ids.next(), store.id(), LocalTime.of(14, 0), LocalTime.of(16, 0), 6,
                    every, true, 1));
            slots.insert(brand, new PickupSlot(Ids.next(), store.id(), LocalTime.of(17, 0), LocalTime.of(19, 0), 4,
                    every, true, 1));
        }
        Optional<Actor> guide = staffLogins.idOf(brand, GUIDE).flatMap(staff::findEnabled)
                .map(StaffDirectory.CurrentAccount::actor);
        if (guide.isEmpty()) {
            return 0;
        }
        List<PickupSlot> atGuides = slots.ofStore(brand, guide.get().scopeId());
        LocalDate today = LocalDate.now(brands.zoneOf(brand));
        int booked = 0;
        for (int i = 0; i < REGULARS.size() && !atGuides.isEmpty(); i++) {
            Optional<Customer> customer = customers.findByPhone(brand, REGULARS.get(i));
            if (customer.isEmpty()) {
                continue;
            }
            PickupSlot slot = atGuides.get(i % atGuides.size());
            try {
                OrderView order = orders.place(new PlaceOrder(brand, guide.get(), OrderChannel.GUIDE,
                        Fulfilment.PICKUP, customer.get().id(), guide.get().scopeId(), guide.get().id(),
                        List.of(new PlaceOrder.Line(cake.get().id(), 1)), null, List.of(), "demo: 生日蛋糕", null,
                        new PlaceOrder.PickupSlot(today.plusDays(2 + i), slot.id())));
                orders.pay(new PayOrder(brand, order.id(), guide.get(), null, Tender.CARD, null, null,
                        "DEMO-" + order.number(), null));
                booked++;
            } catch (Rejection e) {
                log.debug("Demo pre-order not made: {}", e.getMessage());
            }
        }
        return booked;
    }

    private static boolean sixInch(SkuRef sku) {
        return sku.specs().values().stream().anyMatch(v -> v.contains("6"));
    }
}
