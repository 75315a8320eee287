package io.oneshelf.social.group;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.member.Customer;
import io.oneshelf.order.OrderCampaign;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.org.Brands;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.social.share.CampaignChecks;
import io.oneshelf.social.share.DemoShoppers;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo brand a running group buy (3-person groups at 70 % of the list price, 24 hours a group, for 14 days)
 * with one group that succeeded (three demo customers paid) and one open group (two of three paid), all through the
 * real paths: the campaign through {@link GroupBuyDesk}, each place an online order priced by {@link GroupPricing},
 * paid by card at the counter as staff take it. Runs after the demo sales and the flash sale (order 11); does nothing
 * when the brand has group buys already.
 */
@Component
@Order(11)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoGroupBuy implements ApplicationRunner {

    static final String NAME = "三人拼团 · 限时七折";
    private static final Logger log = LoggerFactory.getLogger(DemoGroupBuy.class);

    private final Brands brands;
    private final GroupBuys campaigns;
    private final GroupBuyDesk desk;
    private final Groups groups;
    private final Orders orders;
    private final DemoShoppers shoppers;
    private final CampaignChecks checks;

    DemoGroupBuy(Brands brands, GroupBuys campaigns, GroupBuyDesk desk, Groups groups, Orders orders,
                 DemoShoppers shoppers, CampaignChecks checks) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.desk = desk;
        this.groups = groups;
        this.orders = orders;
        this.shoppers = shoppers;
        this.checks = checks;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(brand -> campaigns.page(brand, new UUID(0, 0), 1).isEmpty())
                .ifPresent(this::seed);
    }

    private void seed(UUID brand) {
        List<Customer> people = shoppers.first(brand, 5);
        List<SkuRef> skus = shoppers.withOnlineStock(brand, 10, Set.of("不锈钢保温杯500ml"));
        if (people.size() < 5 || skus.isEmpty()) {
            return;
        }
        SkuRef sku = skus.get(0);
        long list = checks.listPrice(brand, sku.id()).orElse(0L);
        if (list < 100) {
            return;
        }
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        GroupBuy buy = desk.create(new io.oneshelf.social.share.CampaignDesk.By(brand, null, "demo"), new GroupBuyViews.Edit(NAME, sku.id(),
                list * 7 / 10, 3, 1440, 2, 10, Set.of(), Set.of(), from, from.plusDays(14), true, null));
        UUID done = open(brand, buy, people.get(0));
        join(brand, done, people.get(1));
        join(brand, done, people.get(2));
        UUID open = open(brand, buy, people.get(3));
        join(brand, open, people.get(4));
        log.info("Demo group buy created: {} on {} (one group succeeded, one open)", NAME, sku.code());
    }

    /** The customer opens a group and pays: answers the group once it is open. */
    private UUID open(UUID brand, GroupBuy buy, Customer leader) {
        OrderView order = paid(brand, orders.place(shoppers.order(brand, leader, buy.skuId(),
                new OrderCampaign(GroupPricing.OPEN, buy.id()))));
        UUID group = groups.ofCampaign(brand, buy.id(), null, null, 10).stream()
                .filter(g -> g.leaderId().equals(leader.id())).findFirst().orElseThrow().id();
        awaitOpen(brand, group, order);
        return group;
    }

    private void join(UUID brand, UUID groupId, Customer friend) {
        GroupBuy buy = campaigns.find(brand, groups.find(brand, groupId).orElseThrow().groupBuyId()).orElseThrow();
        paid(brand, orders.place(shoppers.order(brand, friend, buy.skuId(),
                new OrderCampaign(GroupPricing.JOIN, groupId))));
    }

    private OrderView paid(UUID brand, OrderView order) {
        orders.pay(new PayOrder(brand, order.id(), Actor.system(brand, "demo"), null, Tender.CARD, null, null,
                "DEMO-" + order.number(), null));
        return order;
    }

    /** The leader's payment opens the group as its event is heard (in the background): waits for it, a few seconds. */
    private void awaitOpen(UUID brand, UUID groupId, OrderView order) {
        for (int i = 0; i < 100; i++) {
            if (groups.find(brand, groupId).orElseThrow().status() != GroupStatus.OPENING) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("Demo group of order {} did not open in time", order.number());
    }
}
