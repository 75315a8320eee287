package io.oneshelf.loyalty.wallet;

import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.payment.Tender;
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
 * Gives the demo brand top-up plans and a few wallets once, through the same code as real top-ups and spends:
 * 林小雨 tops up 500 (+80) in cash at 静安寺旗舰店, 陈静 200 by card there, 张伟 300 (+40) by card at the franchised
 * 陆家嘴加盟店 (the franchisee's value). The order module's demo then sells 林小雨 and 张伟 a drink at 静安寺旗舰店 paid
 * with their wallets (order 9; the loyalty module may not place orders with a fulfilment of order's internals).
 * Runs after the other demo seeders (order 8); does nothing when the demo brand has plans already.
 */
@Component
@Order(8)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoWallets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWallets.class);

    private final Brands brands;
    private final Places places;
    private final Customers customers;
    private final WalletPlans plans;
    private final TopUps topUps;
    private final TransactionTemplate tx;

    DemoWallets(Brands brands, Places places, Customers customers, WalletPlans plans, TopUps topUps,
                TransactionTemplate tx) {
        this.brands = brands;
        this.places = places;
        this.customers = customers;
        this.plans = plans;
        this.topUps = topUps;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).ifPresent(brand -> {
            if (!plans.page(brand, false, new UUID(0, 0), 1).isEmpty()) {
                return;
            }
            Optional<PlaceRef> jingan = store(brand, "SH001");
            Optional<PlaceRef> lujiazui = store(brand, "SH003");
            tx.executeWithoutResult(status -> {
                plans.create(brand, "充100送10", 10000, 1000, true);
                WalletPlan three = plans.create(brand, "充300送40", 30000, 4000, true);
                WalletPlan five = plans.create(brand, "充500送80", 50000, 8000, true);
                Optional<Customer> lin = customers.findByPhone(brand, "13900000001");
                Optional<Customer> zhang = customers.findByPhone(brand, "13900000002");
                Optional<Customer> chen = customers.findByPhone(brand, "13900000003");
                if (jingan.isEmpty() || lujiazui.isEmpty() || lin.isEmpty() || zhang.isEmpty() || chen.isEmpty()) {
                    return;
                }
                UUID store = jingan.get().id();
                topUps.atStore(brand, lin.get().id(), topUps.amounts(brand, five.id(), null), store, null,
                        Tender.CASH, 50000L, null);
                topUps.atStore(brand, chen.get().id(), topUps.amounts(brand, null, 20000L), store, null,
                        Tender.CARD, null, "DEMO-CARD");
                topUps.atStore(brand, zhang.get().id(), topUps.amounts(brand, three.id(), null),
                        lujiazui.get().id(), null, Tender.CARD, null, "DEMO-CARD");
            });
            log.info("Demo wallets created: three top-up plans, three topped-up wallets");
        });
    }

    private Optional<PlaceRef> store(UUID brand, String code) {
        return places.all(brand).stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
