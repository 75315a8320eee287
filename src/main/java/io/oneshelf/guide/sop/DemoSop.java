package io.oneshelf.guide.sop;

import io.oneshelf.org.Brands;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.org.StaffLogins;
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
 * Gives the demo brand an SOP playbook, once: a rule of every kind, enabled, and the tasks the scan makes of them
 * for the flagship's guides (the first-purchase care of the customers the demo sales bound to them); two of them
 * done with a note, the rest open, and one of the open ones a day late. Runs after the demo's guides (order 11).
 * Lives beside the playbook's package-private services, as the demo goes through them.
 */
@Component
@Order(13)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoSop implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSop.class);
    /** How long the demo waits for the sales' listeners to fill the playbook's read model. */
    private static final long WAIT_MILLIS = 15_000;

    private final Brands brands;
    private final StaffLogins logins;
    private final Places places;
    private final SopRules rules;
    private final SopScan scan;
    private final SopTasks tasks;
    private final JdbcClient jdbc;

    DemoSop(Brands brands, StaffLogins logins, Places places, SopRules rules, SopScan scan,
            SopTasks tasks, JdbcClient jdbc) {
        this.brands = brands;
        this.logins = logins;
        this.places = places;
        this.rules = rules;
        this.scan = scan;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            brands.idOf(Brands.DEMO).filter(b -> rules.all(b).isEmpty()).ifPresent(this::seed);
        } catch (RuntimeException e) {
            // the demo's playbook is a convenience: the server starts without it
            log.warn("Demo SOP playbook not seeded", e);
        }
    }

    private void seed(UUID brand) {
        Optional<UUID> guide = logins.idOf(brand, "guide.jingan@demo");
        UUID store = places.all(brand).stream().filter(p -> p.code().equals("SH001")).map(PlaceRef::id).findFirst()
                .orElse(null);
        if (guide.isEmpty() || store == null) {
            return;
        }
        rules.create(brand, terms("首购关怀 First-purchase care", SopRule.Kind.AFTER_FIRST_PURCHASE, 0, null,
                "您好，我是您的专属导购，新品到店了，欢迎来店试喝！", "/shop.html#/products", 2, null));
        rules.create(brand, terms("生日祝福 Birthday wishes", SopRule.Kind.BIRTHDAY_IN, 7, null,
                "生日快乐！生日当周到店享饮品第二杯半价。", "/shop.html#/coupons", 1, null));
        rules.create(brand, terms("沉睡唤醒 Win back", SopRule.Kind.NO_PURCHASE_FOR, 60, null,
                "好久不见，送您一张满30减5的券，欢迎回来。", "/shop.html#/coupons", 3, store));
        rules.create(brand, terms("储值提醒 Low balance", SopRule.Kind.WALLET_BELOW, 0, 2000L,
                "您的储值余额不足20元，充值享赠送。", null, 3, null));
        rules.create(brand, terms("拼团失败安抚 Group buy failed", SopRule.Kind.GROUP_BUY_FAILED, 0, null,
                "很抱歉拼团未成功，退款已原路返回，送您一张券。", "/shop.html#/coupons", 1, store));
        awaitReadModel(brand);
        int made = scan.run(brand).created();
        List<SopTask> open = tasks.list(brand, new SopTasks.Inbox(null, null, List.of(store)), "OPEN", false, null,
                20);
        for (SopTask t : open.stream().filter(t -> t.guideId() != null).skip(1).limit(2).toList()) {
            tasks.complete(brand, t, guide.get(), "已微信联系，客户周末来店");
        }
        // the scan made every task today; the demo shows one the guide let slip, due yesterday
        open.stream().filter(t -> t.guideId() != null).findFirst().ifPresent(t -> jdbc.sql(
                        "update sop_task set due_at = now() - interval '1 day' where tenant_id = :t and id = :id")
                .param("t", brand).param("id", t.id()).update());
        log.info("Demo SOP playbook: 5 rules, {} tasks", made);
    }

    /**
     * The sales' OrderPaid listeners fill sop_customer after their transactions, and the scan reads it: waits until
     * customers bound to a guide are in it.
     */
    private void awaitReadModel(UUID brand) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until && jdbc.sql("""
                        select count(*) from sop_customer c join guide_binding b on b.tenant_id = c.tenant_id
                          and b.customer_id = c.customer_id and b.ended_at is null and b.guide_id is not null
                        where c.tenant_id = :t and c.first_paid_at is not null""")
                .param("t", brand).query(Integer.class).single() < 3) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static SopRules.Terms terms(String name, SopRule.Kind kind, int days, Long threshold, String message,
                                        String link, int dueDays, UUID pool) {
        return new SopRules.Terms(name, kind, days, threshold, message, link, dueDays, 7, pool, true);
    }
}
