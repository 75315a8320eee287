package io.oneshelf.order.demo;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sells 林小雨 and 张伟 a drink each at 静安寺旗舰店 paid with their stored-value wallets (the WALLET tender), once,
 * after the loyalty module's demo topped them up (order 8): 张伟's value is the franchisee's (topped up at 陆家嘴加盟店),
 * so the wallet clearing report shows the franchisee owing the brand. A customer whose wallet does not cover the
 * drink is simply skipped. Each sale's key is the customer's, so a restart answers the sale made before and sells
 * nothing again.
 */
@Component
@Order(9)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoWalletSales implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWalletSales.class);
    private static final String KEY = "demo-wallet-sale:";

    private final Brands brands;
    private final Places places;
    private final Customers customers;
    private final SkuCatalog skus;
    private final Orders orders;
    private final TransactionTemplate tx;

    DemoWalletSales(Brands brands, Places places, Customers customers, SkuCatalog skus, Orders orders,
                    TransactionTemplate tx) {
        this.brands = brands;
        this.places = places;
        this.customers = customers;
        this.skus = skus;
        this.orders = orders;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).ifPresent(brand -> {
            Optional<PlaceRef> store = places.all(brand).stream().filter(p -> p.code().equals("SH001")).findFirst();
            if (store.isEmpty()) {
                return;
            }
            int sold = 0;
            for (String phone : List.of("13900000001", "13900000002")) {
                Optional<Customer> customer = customers.findByPhone(brand, phone);
                if (customer.isPresent()) {
                    sold += sell(brand, customer.get(), store.get().id());
                }
            }
            if (sold > 0) {
                log.info("Demo wallet sales: {} drinks paid with the wallet", sold);
            }
        });
    }

    /** A till sale of the first drink that sells at the store, paid with the wallet; 1 if it was made. */
    private int sell(UUID brand, Customer customer, UUID store) {
        Actor staff = Actor.system(brand, "demo");
        for (SkuRef sku : skus.all(brand).stream().filter(SkuRef::active).limit(40).toList()) {
            List<PlaceOrder.Line> lines = List.of(new PlaceOrder.Line(sku.id(), 1));
            String key = KEY + customer.id();
            try {
                Integer made = tx.execute(status -> {
                    long total = orders.quote(sale(brand, staff, customer, store, lines, -1, key)).total();
                    if (total <= 0 || total > 20000) {
                        return 0;
                    }
                    orders.place(sale(brand, staff, customer, store, lines, total, key));
                    return 1;
                });
                if (made != null && made == 1) {
                    return 1;
                }
            } catch (Rejection e) {
                log.debug("Demo wallet sale not made with {}: {}", sku.code(), e.getMessage());
            }
        }
        return 0;
    }

    private static PlaceOrder sale(UUID brand, Actor staff, Customer customer, UUID store,
                                   List<PlaceOrder.Line> lines, long amount, String key) {
        return new PlaceOrder(brand, staff, OrderChannel.POS, Fulfilment.IN_STORE, customer.id(), store, null, lines,
                null, List.of(new PlaceOrder.TenderLine(Tender.WALLET, amount, null, null)), null, key);
    }
}
