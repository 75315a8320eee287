package io.oneshelf.distribution.demo;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.distribution.commission.Settling;
import io.oneshelf.distribution.commission.Withdrawal;
import io.oneshelf.distribution.commission.Withdrawals;
import io.oneshelf.distribution.network.DistributionSettings;
import io.oneshelf.distribution.network.Distributor;
import io.oneshelf.distribution.network.Distributors;
import io.oneshelf.distribution.network.Level;
import io.oneshelf.distribution.network.LevelStore;
import io.oneshelf.distribution.network.Referrals;
import io.oneshelf.distribution.network.SettingsStore;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.ServiceVouchers;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.time.OffsetDateTime;
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
 * Gives the demo brand a distributor, once, through the same paths as real use: level 1 pays 10 % (3 % to an
 * inviter); a member applied and was approved; a customer followed their share link and bought twice at the
 * flagship's till. The first sale was made while the brand's return window was 0 days, so the settling job made
 * its commission available and part of it was withdrawn (approved and paid by the sandbox's transfer); the second is
 * pending through the 7-day window. A second member applied with the first's code (their inviter) and was approved:
 * the first distributor's team. Runs after the other demo sales.
 */
@Component
@Order(12)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoDistribution implements ApplicationRunner {

    static final String DISTRIBUTOR_PHONE = "13900000031";
    static final String REFERRED_PHONE = "13900000032";
    static final String INVITED_PHONE = "13900000033";
    private static final Logger log = LoggerFactory.getLogger(DemoDistribution.class);

    private final Brands brands;
    private final Customers customers;
    private final Distributors distributors;
    private final Referrals referrals;
    private final LevelStore levels;
    private final SettingsStore settings;
    private final Settling settling;
    private final Withdrawals withdrawals;
    private final Orders orders;
    private final SkuCatalog skus;
    private final ServiceVouchers vouchers;
    private final Places places;
    private final JdbcClient jdbc;

    DemoDistribution(Brands brands, Customers customers, Distributors distributors, Referrals referrals,
                     LevelStore levels, SettingsStore settings, Settling settling, Withdrawals withdrawals,
                     Orders orders, SkuCatalog skus, ServiceVouchers vouchers, Places places, JdbcClient jdbc) {
        this.withdrawals = withdrawals;
        this.brands = brands;
        this.customers = customers;
        this.distributors = distributors;
        this.referrals = referrals;
        this.levels = levels;
        this.settings = settings;
        this.settling = settling;
        this.orders = orders;
        this.skus = skus;
        this.vouchers = vouchers;
        this.places = places;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            brands.idOf(Brands.DEMO).filter(this::noDistributor).ifPresent(this::seed);
        } catch (RuntimeException e) {
            // the demo's distribution is a convenience: the server starts without it
            log.warn("Demo distribution not seeded", e);
        }
    }

    private boolean noDistributor(UUID brand) {
        return !jdbc.sql("select exists(select 1 from distributor where tenant_id = :t)").param("t", brand)
                .query(Boolean.class).single();
    }

    private void seed(UUID brand) {
        UUID store = places.all(brand).stream().filter(p -> p.code().equals("SH001")).map(PlaceRef::id).findFirst()
                .orElse(null);
        if (store == null) {
            return;
        }
        Actor demo = Actor.system(brand, "demo");
        levels.put(demo, new Level(1, "铜牌 Bronze", 1000, 300));
        Customer member = customers.findOrRegisterByPhone(brand, DISTRIBUTOR_PHONE, "demo");
        Customer referred = customers.findOrRegisterByPhone(brand, REFERRED_PHONE, "demo");
        Distributor applied = distributors.apply(brand, member.id(), null, "o-demo-distributor");
        Distributor approved = distributors.decide(demo, applied.id(), Distributor.Status.APPROVED, 1,
                applied.version());
        referrals.follow(brand, referred.id(), approved.code(), "LINK");
        Customer invitee = customers.findOrRegisterByPhone(brand, INVITED_PHONE, "demo");
        Distributor invited = distributors.apply(brand, invitee.id(), approved.code(), "o-demo-invited");
        distributors.decide(demo, invited.id(), Distributor.Status.APPROVED, 1, invited.version());
        window(demo, 0);
        Optional<OrderView> first = sell(brand, store, referred, "demo-distribution-sale-1");
        boolean earned = first.isPresent() && earned(brand, first.get().id());
        window(demo, 7);
        settling.settleDue(OffsetDateTime.now());
        boolean withdrew = earned && withdrawHalf(demo, approved);
        Optional<OrderView> second = sell(brand, store, referred, "demo-distribution-sale-2");
        log.info("Demo distribution: distributor {} with a referred customer; {}{} and {}", approved.code(),
                earned ? "one sale's commission available" : "no sale settled", withdrew ? ", part withdrawn" : "",
                second.isPresent() ? "one pending" : "none pending");
    }

    /** Part of what the distributor has available withdrawn, approved and paid by the gateway's transfer. */
    private boolean withdrawHalf(Actor demo, Distributor d) {
        long available = jdbc.sql("select coalesce(sum(available), 0) from distribution_commission"
                                  + " where tenant_id = :t and distributor_id = :d")
                .param("t", demo.tenantId()).param("d", d.id()).query(Long.class).single();
        // half, or the least the brand pays out if half is less: some stays available either way
        long amount = Math.max(available / 2, settings.of(demo.tenantId()).minWithdrawal());
        if (amount >= available) {
            return false;
        }
        Withdrawal requested = withdrawals.request(demo.tenantId(), d, amount);
        return withdrawals.decide(demo, requested.id(), true, null).status().equals("PAID");
    }

    private void window(Actor demo, int days) {
        DistributionSettings now = settings.of(demo.tenantId());
        settings.set(demo, new DistributionSettings(now.bindingRule(), now.bindingDays(), now.protectionDays(), days,
                now.minWithdrawal(), now.version()));
    }

    /** Waits briefly for the payment's listener to earn the order's commission (it runs after the sale commits). */
    private boolean earned(UUID brand, UUID order) {
        for (int i = 0; i < 50; i++) {
            if (jdbc.sql("select exists(select 1 from distribution_commission where tenant_id = :t"
                         + " and order_id = :o and kind = 'EARNED')").param("t", brand).param("o", order)
                    .query(Boolean.class).single()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** A till sale of one unit to the customer, paid in cash. */
    private Optional<OrderView> sell(UUID brand, UUID store, Customer customer, String key) {
        Actor staff = Actor.system(brand, "demo");
        for (SkuRef sku : skus.all(brand).stream().filter(SkuRef::active)
                .filter(s -> !vouchers.isVoucher(brand, s.id())).limit(40).toList()) {
            List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(sku.id(), 1));
            try {
                long total = orders.quote(sale(brand, staff, store, customer, lines, 1, null)).total();
                return Optional.of(orders.place(sale(brand, staff, store, customer, lines, total, key)));
            } catch (Rejection e) {
                log.debug("Demo distribution sale not made with {}: {}", sku.code(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static PlaceOrder sale(UUID brand, Actor staff, UUID store, Customer customer,
                                   List<PlaceOrder.Line> lines, long amount, String key) {
        return new PlaceOrder(brand, staff, OrderChannel.POS, Fulfilment.IN_STORE, customer.id(), store, null, lines,
                null, List.of(new PlaceOrder.TenderLine(Tender.CASH, amount, amount, null)), null, key);
    }
}
