package io.oneshelf.loyalty.tier;

import io.oneshelf.org.Brands;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo brand its member tiers once (while it has none), through the same store the console saves through:
 * 会员 for everyone, 银卡 from ¥100 of growth, and 金卡 from ¥300 with the code GOLD, the one the demo price book's
 * member prices name (catalog/demo/DemoMenu), so a gold member pays those prices. Runs before the demo orders
 * (order 5), whose payments then grow their customers and earn their points through the order listener.
 */
@Component
@Order(3)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoTiers implements ApplicationRunner {

    static final List<Tier> TIERS = List.of(
            new Tier("MEMBER", "会员", 0, 100, false, 0),
            new Tier("SILVER", "银卡", 100, 120, false, 50),
            new Tier("GOLD", "金卡", 300, 150, true, 200));
    private static final Logger log = LoggerFactory.getLogger(DemoTiers.class);

    private final Brands brands;
    private final TierRuleStore rules;

    DemoTiers(Brands brands, TierRuleStore rules) {
        this.brands = brands;
        this.rules = rules;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(brand -> rules.of(brand).version() == 0).ifPresent(brand -> {
            rules.save(brand, new TierRules(12, 12, TIERS, 0));
            log.info("Demo member tiers: {}", TIERS.stream().map(Tier::name).toList());
        });
    }
}
