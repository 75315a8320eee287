package io.oneshelf.pos.till;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.inventory.Availability;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether the till's store still had the goods an offline sale sold: a SKU whose unheld stock there is below what
 * the sale took is a {@code STOCK_SHORT} conflict (the sale posts anyway, its shortfall made good for a recount).
 * The conflict names the SKU by its code and name, as the manager knows it.
 */
@Component
class StockCheck {

    private final Availability availability;
    private final Texts texts;
    private final SkuCatalog catalog;

    StockCheck(Availability availability, Texts texts, SkuCatalog catalog) {
        this.availability = availability;
        this.texts = texts;
        this.catalog = catalog;
    }

    List<Conflicts.Found> check(Actor actor, Till till, List<PosRequests.OfflineLine> lines) {
        Map<UUID, Long> sold = new LinkedHashMap<>();
        lines.forEach(l -> sold.merge(l.skuId(), l.quantity(), Long::sum));
        var here = availability.atPlaces(actor, sold.keySet(), false).stream()
                .filter(p -> p.place().id().equals(till.storeId())).findFirst();
        Map<UUID, SkuRef> refs = catalog.find(actor.tenantId(), sold.keySet());
        List<String> missing = new ArrayList<>();
        sold.forEach((sku, quantity) -> {
            long unheld = here.map(p -> p.unheld(sku)).orElse(0L);
            if (unheld < quantity) {
                SkuRef ref = refs.get(sku);
                String named = ref == null ? sku.toString() : ref.code() + " " + ref.name();
                missing.add(texts.text(Message.of("pos.conflict.stock-short", named, quantity, unheld)));
            }
        });
        return missing.isEmpty() ? List.of()
                : List.of(new Conflicts.Found(Conflicts.Kind.STOCK_SHORT, String.join("; ", missing)));
    }
}
