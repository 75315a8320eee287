package io.oneshelf.guide.community;

import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
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
 * Gives the demo brand a community group, once: the flagship's 会员群 run by 李导购 with the four regular customers
 * and one content broadcast (reaching those who consented to marketing on WeChat, refused for the others). Lives
 * beside the groups' package-private services, as the demo goes through them.
 */
@Component
@Order(14)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoCommunity implements ApplicationRunner {

    static final String EXTERNAL_ID = "wr-demo-jingan-members";
    private static final Logger log = LoggerFactory.getLogger(DemoCommunity.class);

    private final Brands brands;
    private final StaffLogins logins;
    private final Customers customers;
    private final Places places;
    private final Communities groups;
    private final Broadcasts broadcasts;
    private final JdbcClient jdbc;

    DemoCommunity(Brands brands, StaffLogins logins, Customers customers, Places places, Communities groups,
                  Broadcasts broadcasts, JdbcClient jdbc) {
        this.brands = brands;
        this.logins = logins;
        this.customers = customers;
        this.places = places;
        this.groups = groups;
        this.broadcasts = broadcasts;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            brands.idOf(Brands.DEMO).filter(this::noGroup).ifPresent(this::seed);
        } catch (RuntimeException e) {
            // the demo's community is a convenience: the server starts without it
            log.warn("Demo community not seeded", e);
        }
    }

    private boolean noGroup(UUID brand) {
        return !jdbc.sql("select exists(select 1 from community_group where tenant_id = :t)").param("t", brand)
                .query(Boolean.class).single();
    }

    private void seed(UUID brand) {
        Optional<UUID> guide = logins.idOf(brand, "guide.jingan@demo");
        UUID store = places.all(brand).stream().filter(p -> p.code().equals("SH001")).map(PlaceRef::id).findFirst()
                .orElse(null);
        List<UUID> members = List.of("13900000001", "13900000002", "13900000003", "13900000004").stream()
                .map(p -> customers.findByPhone(brand, p)).flatMap(Optional::stream).map(Customer::id).toList();
        if (guide.isEmpty() || store == null || members.isEmpty()) {
            return;
        }
        UUID id = groups.create(brand, "静安旗舰店会员群 Jing'an members", store, guide.get(), "WECOM", EXTERNAL_ID);
        groups.join(brand, id, members);
        Broadcast sent = broadcasts.send(new Broadcasts.Send(brand, groups.find(brand, id).orElseThrow(),
                Broadcast.Kind.CONTENT, "秋季新品桂花乌龙上市，群内专享第二杯半价！", "/shop.html#/products", 7,
                guide.get()));
        log.info("Demo community group: {} members, a broadcast reaching {}", members.size(), sent.reached());
    }
}
