package io.oneshelf.member.demo;

import io.oneshelf.member.Birthday;
import io.oneshelf.member.IdentityKind;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.member.customer.CustomerBook;
import io.oneshelf.member.profile.DemoTagging;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.security.Actor;
import java.time.LocalDate;
import java.util.Map;
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
 * Gives the demo brand's customers (see {@link DemoCustomers}) a few manual tags, a WeChat identity and two birthdays
 * (the first customer's today), through the
 * same services staff and the WeChat sign-in use, and runs the brand's tag rules once. Runs after the demo orders
 * (order 6); does nothing when the first demo customer already carries a tag.
 */
@Component
@Order(6)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoMembers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);
    private static final Map<String, String> TAGS = Map.of("13900000001", "VIP", "13900000002", "企业客户",
            "13900000003", "VIP");
    /** 林小雨 signs in to the demo shop with WeChat too: the sandbox logs in as this openid. */
    static final String OPENID = "o-demo-13900000001";

    private final Brands brands;
    private final CustomerBook customers;
    private final DemoTagging tagging;
    private final TransactionTemplate transactions;

    DemoMembers(Brands brands, CustomerBook customers, DemoTagging tagging, TransactionTemplate transactions) {
        this.brands = brands;
        this.customers = customers;
        this.tagging = tagging;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).ifPresent(brand -> {
            UUID first = customers.find(brand, new PhoneNumber(DemoCustomers.CUSTOMERS.get(0).phone()))
                    .map(c -> c.id()).orElse(null);
            if (first == null || tagging.tagged(brand, first)) {
                return;
            }
            Actor demo = Actor.system(brand, "demo");
            transactions.executeWithoutResult(tx -> {
                TAGS.forEach((phone, tag) -> customers.find(brand, new PhoneNumber(phone))
                        .ifPresent(c -> tagging.tag(demo, c.id(), tag)));
                customers.link(brand, first, IdentityKind.WECHAT_OPENID, OPENID);
                // one birthday today (the tier's birthday points come within the hour), one later in the year
                LocalDate today = LocalDate.now(brands.zoneOf(brand));
                customers.setBirthday(brand, first, new Birthday(today.getMonthValue(), today.getDayOfMonth(), 1992));
                customers.find(brand, new PhoneNumber(DemoCustomers.CUSTOMERS.get(1).phone())).ifPresent(c ->
                        customers.setBirthday(brand, c.id(), new Birthday(8, 15, null)));
            });
            tagging.runRules(brand);
            log.info("Demo members tagged; {} signs in with WeChat as openid {}", DemoCustomers.CUSTOMERS.get(0)
                    .name(), OPENID);
        });
    }
}
