package io.oneshelf.promotion.rule;

import io.oneshelf.org.Brands;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo brand a running spend-and-save campaign (满100减10、满200减30, every channel and store, from
 * yesterday for 90 days) through {@link PromotionDesk} like one made in the console. Runs after the demo orders
 * (order 8), so that their prices stay as they were; does nothing when the demo brand has promotions already.
 */
@Component
@Order(8)
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoPromotions implements ApplicationRunner {

    static final String NAME = "满100减10 满200减30";
    private static final Logger log = LoggerFactory.getLogger(DemoPromotions.class);

    private final Brands brands;
    private final Promotions promotions;
    private final PromotionDesk desk;

    DemoPromotions(Brands brands, Promotions promotions, PromotionDesk desk) {
        this.brands = brands;
        this.promotions = promotions;
        this.desk = desk;
    }

    @Override
    public void run(ApplicationArguments args) {
        brands.idOf(Brands.DEMO).filter(brand -> promotions.page(brand, new java.util.UUID(0, 0), 1).isEmpty())
                .ifPresent(brand -> {
                    OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                            .minusDays(1);
                    desk.create(new PromotionDesk.By(brand, null, "demo"), new PromotionViews.Edit(NAME,
                            PromotionKind.FULL_REDUCTION, List.of(new Tier(10_000L, 1_000L), new Tier(20_000L, 3_000L)),
                            null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), from, from.plusDays(90), 0, false,
                            true, null));
                    log.info("Demo promotion created: {}", NAME);
                });
    }
}
