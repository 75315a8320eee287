package io.oneshelf.loyalty.points;

import io.oneshelf.org.Brands;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo brand its points rules once (while it has none), through the same store the console saves
 * through: a point per yuan, 100 points pay ¥1, points pay up to half an order, and expire after 24 months. Runs
 * before the demo orders (order 5): their payments earn their customers' points through the order listener.
 */
@Component
@Order(3)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoPoints implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPoints.class);

    private final Brands brands;
    private final PointsRuleStore rules;

    DemoPoints(Brands brands, PointsRuleStore rules) {
        this.brands = brands;
        this.rules = rules;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(brand -> rules.of(brand).version() == 0).ifPresent(brand -> {
            rules.save(brand, new PointsRules(1, 100, 50, 24, java.util.List.of(), 0), Set.of());
            log.info("Demo points rules set");
        });
    }
}
