package io.oneshelf.guide.content;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.order.Carts;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.ServiceVouchers;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.Brands;
import io.oneshelf.org.StaffLogins;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.math.BigDecimal;
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
 * Gives the demo brand's flagship guides some content, once, through the same paths as real use: 李导购's post of a
 * product sold online, opened by a few visitors, put in a regular's cart from the post and ordered and paid (so the
 * order is attributed to it), and 赵导购's product share with a couple of views. Runs after the demo guides.
 */
@Component
@Order(12)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final PlaceOrder.Address ADDRESS = new PlaceOrder.Address(null, "林小雨", "13900000001",
            "上海市静安区南京西路1266号", new BigDecimal("31.229390"), new BigDecimal("121.455310"));

    private final Brands brands;
    private final StaffLogins logins;
    private final Customers customers;
    private final Shares shares;
    private final ShareStats stats;
    private final ShareCart cart;
    private final Carts carts;
    private final Orders orders;
    private final SkuCatalog skus;
    private final ServiceVouchers vouchers;
    private final JdbcClient jdbc;

    DemoContent(Brands brands, StaffLogins logins, Customers customers, Shares shares, ShareStats stats,
                ShareCart cart, Carts carts, Orders orders, SkuCatalog skus, ServiceVouchers vouchers,
                JdbcClient jdbc) {
        this.brands = brands;
        this.logins = logins;
        this.customers = customers;
        this.shares = shares;
        this.stats = stats;
        this.cart = cart;
        this.carts = carts;
        this.orders = orders;
        this.skus = skus;
        this.vouchers = vouchers;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            brands.idOf(Brands.DEMO).filter(this::noContent).ifPresent(this::seed);
        } catch (RuntimeException e) {
            // the demo's content is a convenience: the server starts without it
            log.warn("Demo guide content not seeded", e);
        }
    }

    private boolean noContent(UUID brand) {
        return !jdbc.sql("select exists(select 1 from guide_share where tenant_id = :t)").param("t", brand)
                .query(Boolean.class).single();
    }

    private void seed(UUID brand) {
        Optional<UUID> guide = logins.idOf(brand, "guide.jingan@demo");
        Optional<UUID> second = logins.idOf(brand, "guide2.jingan@demo");
        Optional<Customer> regular = customers.findByPhone(brand, "13900000001");
        List<SkuRef> sellable = sellable(brand);
        if (guide.isEmpty() || second.isEmpty() || regular.isEmpty() || sellable.size() < 2) {
            return;
        }
        Actor demo = Actor.system(brand, "demo");
        Share post = shares.publish(demo, guide.get(), new Share.Content(Share.Kind.POST, "春日上新 · 店长私藏推荐",
                "这两款是我们店里回购最多的，搭配着买更划算。\n到店自提或快递到家都可以～", List.of(),
                List.of(sellable.get(0).id(), sellable.get(1).id())));
        Share single = shares.publish(demo, second.get(), new Share.Content(Share.Kind.PRODUCT,
                sellable.get(1).name(), "今天到货，数量有限。", List.of(), List.of(sellable.get(1).id())));
        List<String> visitors = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                regular.get().id().toString());
        for (int i = 0; i < 5; i++) {
            stats.view(brand, post.id(), visitors.get(i % visitors.size()));
        }
        stats.view(brand, single.id(), UUID.randomUUID().toString());
        stats.view(brand, single.id(), UUID.randomUUID().toString());
        boolean ordered = orderFromPost(brand, demo, regular.get(), post, sellable.get(0));
        log.info("Demo guide content: 2 shares published, 7 views{}", ordered ? ", an order attributed" : "");
    }

    /** The regular adds the post's product to the cart from the post, checks the cart out and pays by card. */
    private boolean orderFromPost(UUID brand, Actor demo, Customer customer, Share post, SkuRef sku) {
        try {
            cart.add(brand, customer.id(), post, sku.id(), 1);
            OrderView order = carts.checkout(online(brand, customer, post.guideId(), List.of(),
                    "demo-content:" + post.id()));
            orders.pay(new PayOrder(brand, order.id(), demo, null, Tender.CARD, null, null,
                    "DEMO-" + order.number(), null));
            return true;
        } catch (Rejection e) {
            log.debug("Demo content order not made: {}", e.getMessage());
            return false;
        }
    }

    /** Active goods (no service vouchers) an express order can be placed for now, a few at most. */
    private List<SkuRef> sellable(UUID brand) {
        Customer anyone = customers.findByPhone(brand, "13900000002").orElse(null);
        if (anyone == null) {
            return List.of();
        }
        return skus.all(brand).stream().filter(SkuRef::active).filter(s -> !vouchers.isVoucher(brand, s.id()))
                .limit(40).filter(s -> quotes(brand, anyone, s)).limit(2).toList();
    }

    private boolean quotes(UUID brand, Customer c, SkuRef sku) {
        try {
            orders.quote(online(brand, c, null, List.of(new PlaceOrder.Line(sku.id(), 1)), null));
            return true;
        } catch (Rejection e) {
            return false;
        }
    }

    private static PlaceOrder online(UUID brand, Customer c, UUID guide, List<PlaceOrder.Line> lines, String key) {
        return new PlaceOrder(brand, null, OrderChannel.ONLINE, Fulfilment.EXPRESS, c.id(), null, guide, lines,
                ADDRESS, List.of(), "demo", key);
    }
}
