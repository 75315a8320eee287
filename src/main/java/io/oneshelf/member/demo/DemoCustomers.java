package io.oneshelf.member.demo;

import io.oneshelf.member.PhoneNumber;
import io.oneshelf.member.customer.AddressBook;
import io.oneshelf.member.customer.AddressDetails;
import io.oneshelf.member.customer.CustomerBook;
import io.oneshelf.org.Brands;
import java.math.BigDecimal;
import java.util.List;
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
 * Gives the demo brand a few customers once, each with delivery addresses in Shanghai near the demo stores,
 * registered, named and given addresses by the same code a shop's customers go through (so their events are in
 * the log too). They sign in to the demo shop with their phone and the code the development endpoint shows.
 * Runs after the other demo seeders (order 4); does nothing when the first demo customer exists.
 */
@Component
@Order(4)
// oneshelf.demo.sales=false leaves out the demo of what sells (customers, orders): an upgrade test seeds the demo
// brand on an old schema that has no tables for them
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoCustomers implements ApplicationRunner {

    static final String SOURCE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private final Brands brands;
    private final CustomerBook customers;
    private final AddressBook addresses;
    private final TransactionTemplate transactions;

    DemoCustomers(Brands brands, CustomerBook customers, AddressBook addresses, TransactionTemplate transactions) {
        this.brands = brands;
        this.customers = customers;
        this.addresses = addresses;
        this.transactions = transactions;
    }

    record DemoAddress(String recipient, String district, String line, String latitude, String longitude) {
    }

    record DemoCustomer(String phone, String name, List<DemoAddress> addresses) {
    }

    static final List<DemoCustomer> CUSTOMERS = List.of(
            new DemoCustomer("13900000001", "林小雨", List.of(
                    new DemoAddress("林小雨", "静安区", "愚园路68号3号楼1202室", "31.222800", "121.444100"))),
            new DemoCustomer("13900000002", "张伟", List.of(
                    new DemoAddress("张伟", "徐汇区", "天钥桥路100号6楼", "31.193400", "121.438900"),
                    new DemoAddress("张伟（公司）", "徐汇区", "漕溪北路18号上实大厦20楼", "31.193000", "121.436000"))),
            new DemoCustomer("13900000003", "陈静", List.of(
                    new DemoAddress("陈静", "浦东新区", "世纪大道100号环球金融中心45楼", "31.234600", "121.507700"))),
            new DemoCustomer("13900000004", "王磊", List.of(
                    new DemoAddress("王磊", "静安区", "常德路800号1号楼502室", "31.228000", "121.443500"))));

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).ifPresent(brand -> {
            if (customers.find(brand, new PhoneNumber(CUSTOMERS.get(0).phone())).isPresent()) {
                return;
            }
            transactions.executeWithoutResult(tx -> CUSTOMERS.forEach(c -> seed(brand, c)));
            log.info("Demo customers created: {} (sign in to the demo shop by phone, e.g. {})", CUSTOMERS.size(),
                    CUSTOMERS.get(0).phone());
        });
    }

    private void seed(UUID brand, DemoCustomer demo) {
        PhoneNumber phone = new PhoneNumber(demo.phone());
        UUID customer = customers.register(brand, phone, SOURCE).customer().id();
        customers.rename(brand, customer, demo.name());
        for (DemoAddress a : demo.addresses()) {
            addresses.add(brand, customer, new AddressDetails(a.recipient(), phone, "上海市", "上海市", a.district(),
                    a.line(), new BigDecimal(a.latitude()), new BigDecimal(a.longitude()), false));
        }
    }
}
