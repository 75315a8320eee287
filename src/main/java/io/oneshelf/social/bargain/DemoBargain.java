package io.oneshelf.social.bargain;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.member.Customer;
import io.oneshelf.org.Brands;
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
 * Gives the demo brand a running bargain campaign (from the list price down to half of it in 5 cuts, 24 hours a
 * bargain, for 14 days) with one bargain in progress: a demo customer started it and two friends cut it, through
 * {@link BargainDesk} and {@link BargainHelps} as the console and the shop do. Order 12; does nothing when the brand has
 * bargain campaigns already.
 */
@Component
@Order(12)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoBargain implements ApplicationRunner {

    static final String NAME = "好友助力砍价 · 最低五折";
    private static final Logger log = LoggerFactory.getLogger(DemoBargain.class);

    private final Brands brands;
    private final BargainCampaigns campaigns;
    private final BargainDesk desk;
    private final BargainHelps helps;
    private final DemoShoppers shoppers;
    private final CampaignChecks checks;

    DemoBargain(Brands brands, BargainCampaigns campaigns, BargainDesk desk, BargainHelps helps,
                DemoShoppers shoppers, CampaignChecks checks) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.desk = desk;
        this.helps = helps;
        this.shoppers = shoppers;
        this.checks = checks;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(brand -> campaigns.page(brand, new UUID(0, 0), 1).isEmpty())
                .ifPresent(this::seed);
    }

    private void seed(UUID brand) {
        List<Customer> people = shoppers.first(brand, 3);
        List<SkuRef> skus = shoppers.withOnlineStock(brand, 5, Set.of("不锈钢保温杯500ml"));
        if (people.size() < 3 || skus.size() < 2) {
            return;
        }
        SkuRef sku = skus.get(1);
        long list = checks.listPrice(brand, sku.id()).orElse(0L);
        if (list < 100) {
            return;
        }
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        BargainCampaign c = desk.create(new io.oneshelf.social.share.CampaignDesk.By(brand, null, "demo"), new BargainViews.Edit(NAME, sku.id(),
                list - 1, list / 2, 5, 1440, 3, 5, from, from.plusDays(14), true, null));
        Bargain b = helps.start(brand, people.get(0).id(), c.id());
        helps.help(brand, b.code(), people.get(1).id(), "demo:" + people.get(1).phone());
        helps.help(brand, b.code(), people.get(2).id(), "demo:" + people.get(2).phone());
        log.info("Demo bargain campaign created: {} on {} (one bargain cut twice)", NAME, sku.code());
    }
}
