package io.oneshelf.catalog.price;

import io.oneshelf.catalog.price.PriceBook.StoredPolicy;
import io.oneshelf.catalog.PricePolicyChanged;
import io.oneshelf.catalog.SkuPricesChanged;
import io.oneshelf.org.PlaceRef;
import io.oneshelf.org.Places;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces a SKU's price rows, sets the brand's price policy, and resolves prices; audits changes. */
@Service
class PriceService {

    /** The price rows of one SKU, as the audit log keeps them. */
    record SkuPriceRows(UUID skuId, List<PriceRow> prices) {
    }

    private final PriceBook book;
    private final Places places;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PriceService(PriceBook book, Places places, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.book = book;
        this.places = places;
        this.audit = audit;
    }

    /** The SKU's rows; store prices only for the stores the caller's scope reaches. */
    List<PriceRow> prices(Actor actor, UUID skuId) {
        requireSku(actor, skuId);
        Set<UUID> visible = places.idsVisibleTo(actor);
        return book.rows(actor.tenantId(), skuId).stream()
                .filter(r -> r.storeId() == null || visible.contains(r.storeId())).toList();
    }

    /** Replaces the SKU's rows with {@code rows}; a fault names the row as the API does ({@code prices[2]}). */
    @Transactional
    List<PriceRow> replace(Actor actor, UUID skuId, List<PriceRow> rows) {
        List<PriceRow> before = prices(actor, skuId);
        for (int i = 0; i < rows.size(); i++) {
            UUID store = rows.get(i).storeId();
            if (store != null && places.find(actor.tenantId(), store)
                    .filter(p -> p.kind() == PlaceRef.Kind.STORE).isEmpty()) {
                throw Rejection.invalid("prices[" + i + "].storeId", "org.store.foreign");
            }
        }
        book.replace(actor.tenantId(), skuId, PriceSheet.checked(rows, book.policy(actor.tenantId()).policy()));
        List<PriceRow> after = prices(actor, skuId);
        audit.record(actor, "sku.prices-set", "sku", skuId, new SkuPriceRows(skuId, before),
                new SkuPriceRows(skuId, after));
        events.publishEvent(changed(actor, skuId));
        return after;
    }

    StoredPolicy policy(Actor actor) {
        return book.policy(actor.tenantId());
    }

    @Transactional
    StoredPolicy setPolicy(Actor actor, PricePolicy policy, int version) {
        StoredPolicy before = book.policy(actor.tenantId());
        if (before.version() != version) {
            throw Rejection.staleVersion();
        }
        if (!book.savePolicy(actor.tenantId(), policy, version)) {
            throw Rejection.staleVersion();
        }
        StoredPolicy after = book.policy(actor.tenantId());
        audit.record(actor, "price-policy.set", "price_policy", actor.tenantId(), before, after);
        events.publishEvent(new PricePolicyChanged(actor.tenantId(), after.storeOverride().name(),
                after.bandPercent(), after.version()));
        return after;
    }

    /** The SKU's whole new set of rows, every store's included whatever the caller's scope. */
    private SkuPricesChanged changed(Actor actor, UUID skuId) {
        List<SkuPricesChanged.Price> rows = book.rows(actor.tenantId(), skuId).stream()
                .map(r -> new SkuPricesChanged.Price(r.kind().name(), r.tierCode(), r.channel(), r.storeId(),
                        r.priceFen(), r.validFrom(), r.validTo())).toList();
        return new SkuPricesChanged(actor.tenantId(), skuId, book.skuCode(actor.tenantId(), skuId), rows);
    }

    ResolvedPrice resolve(Actor actor, PriceQuery query) {
        requireSku(actor, query.skuId());
        if (query.storeId() != null && places.find(actor.tenantId(), query.storeId())
                .filter(p -> p.kind() == PlaceRef.Kind.STORE).isEmpty()) {
            throw Rejection.invalid("storeId", "org.store.foreign");
        }
        PriceRules rules = new PriceRules(book.rows(actor.tenantId(), query.skuId()),
                book.policy(actor.tenantId()).policy());
        ResolvedPrice resolved = PriceResolution.resolve(rules, query)
                .orElseThrow(() -> Rejection.notFound("list-price-at-time"));
        return resolved.withCandidates(resolved.candidates().stream().map(c -> c.kind() == PriceKind.STORE
                ? c.named(storeName(actor, c.key())) : c).toList());
    }

    /** A store as people know it, "Store One (S1)", instead of its id. */
    private String storeName(Actor actor, String storeId) {
        return places.find(actor.tenantId(), UUID.fromString(storeId))
                .map(p -> p.name() + " (" + p.code() + ")").orElse(storeId);
    }

    private void requireSku(Actor actor, UUID skuId) {
        if (!book.skuExists(actor.tenantId(), skuId)) {
            throw Rejection.notFound("sku");
        }
    }
}
