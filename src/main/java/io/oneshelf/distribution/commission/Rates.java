package io.oneshelf.distribution.commission;

import io.oneshelf.catalog.SkuCategories;
import io.oneshelf.distribution.network.Level;
import io.oneshelf.distribution.network.LevelStore;
import io.oneshelf.order.OrderView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rate (basis points) each line of an order earns a tier's distributor: the most specific rule that applies —
 * the SKU's before its categories', one for the distributor's level before one for any level — or else the level's
 * own rate; nothing when the level is not defined. Of several category rules the highest rate applies.
 */
@Component
class Rates {

    private final RuleStore rules;
    private final LevelStore levels;
    private final SkuCategories categories;

    Rates(RuleStore rules, LevelStore levels, SkuCategories categories) {
        this.rules = rules;
        this.levels = levels;
        this.categories = categories;
    }

    /** The rate of each line (by index in the order's lines) for a distributor of {@code level} at {@code tier}. */
    int[] of(OrderView order, int level, int tier) {
        Optional<Level> own = levels.of(order.brandId(), level);
        List<Rule> all = rules.all(order.brandId()).stream()
                .filter(r -> r.level() == null || r.level() == level).toList();
        Map<UUID, Set<UUID>> cats = all.stream().anyMatch(r -> r.scope() == Rule.Scope.CATEGORY)
                ? categories.categoriesOf(order.brandId(), order.lines().stream().map(OrderView.Line::skuId).toList())
                : Map.of();
        int[] rates = new int[order.lines().size()];
        for (int i = 0; i < rates.length; i++) {
            UUID sku = order.lines().get(i).skuId();
            Set<UUID> lineCats = cats.getOrDefault(sku, Set.of());
            Optional<Rule> rule = all.stream()
                    .filter(r -> r.scope() == Rule.Scope.SKU ? r.targetId().equals(sku)
                            : lineCats.contains(r.targetId()))
                    .max(Comparator.comparingInt((Rule r) -> r.scope() == Rule.Scope.SKU ? 1 : 0)
                            .thenComparingInt(r -> r.level() == null ? 0 : 1)
                            .thenComparingInt(r -> tier == 1 ? r.firstBp() : r.secondBp()));
            rates[i] = rule.map(r -> tier == 1 ? r.firstBp() : r.secondBp())
                    .orElseGet(() -> own.map(l -> tier == 1 ? l.firstBp() : l.secondBp()).orElse(0));
        }
        return rates;
    }
}
