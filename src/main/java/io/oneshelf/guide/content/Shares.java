package io.oneshelf.guide.content;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.guide.GuideContentArchived;
import io.oneshelf.guide.GuideContentPublished;
import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.org.StaffRoster;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guides publish, edit and archive their content. A guide writes their own; a manager may write for a guide of a
 * store in their scope. The products are SKUs of the brand still sold; a product share is of exactly one.
 */
@Service
public class Shares {

    private final ShareStore store;
    private final GuideAccess guides;
    private final SkuCatalog skus;
    private final ApplicationEventPublisher events;

    Shares(ShareStore store, GuideAccess guides, SkuCatalog skus, ApplicationEventPublisher events) {
        this.store = store;
        this.guides = guides;
        this.skus = skus;
        this.events = events;
    }

    @Transactional
    Share publish(Actor actor, UUID guideId, Share.Content content) {
        StaffRoster.Member guide = author(actor, guideId);
        check(actor.tenantId(), content);
        Share made = store.insert(actor.tenantId(), guide.id(), guide.storeId().orElseThrow(), content);
        events.publishEvent(new GuideContentPublished(actor.tenantId(), made.id(), made.code(), made.guideId(),
                made.storeId(), made.kind().name(), made.title(), made.skuIds()));
        return made;
    }

    @Transactional
    Share edit(Actor actor, UUID id, int version, Share.Content content) {
        Share share = visible(actor, id);
        share.checkChangeable();
        check(actor.tenantId(), content);
        return store.replace(actor.tenantId(), share.id(), version, content);
    }

    @Transactional
    Share archive(Actor actor, UUID id) {
        Share share = visible(actor, id);
        share.checkChangeable();
        if (!store.archive(actor.tenantId(), share.id())) {
            throw Rejection.conflict("status", "guide.share.archived");
        }
        events.publishEvent(new GuideContentArchived(actor.tenantId(), share.id(), share.code(), share.guideId(),
                share.storeId()));
        return store.find(actor.tenantId(), id).orElseThrow();
    }

    /** A share the caller may see (a guide: their own; others: of a store in their scope); not found otherwise. */
    Share visible(Actor actor, UUID id) {
        return store.find(actor.tenantId(), id)
                .filter(s -> GuideAccess.ownOnly(actor) ? actor.id().equals(s.guideId())
                        : guides.reaches(actor, s.storeId()))
                .orElseThrow(() -> Rejection.notFound("guide-share"));
    }

    private StaffRoster.Member author(Actor actor, UUID guideId) {
        if (GuideAccess.ownOnly(actor)) {
            if (guideId != null && !guideId.equals(actor.id())) {
                throw Rejection.invalid("guideId", "guide.share.own-only");
            }
            return guides.namedGuide(actor, actor.id(), "guideId");
        }
        if (guideId == null) {
            throw Rejection.invalid("guideId", "guide.share.guide-required");
        }
        return guides.namedGuide(actor, guideId, "guideId");
    }

    private void check(UUID brand, Share.Content c) {
        if (c.kind() == Share.Kind.PRODUCT && c.skuIds().size() != 1) {
            throw Rejection.invalid("skuIds", "guide.share.one-product");
        }
        if (c.skuIds().stream().distinct().count() != c.skuIds().size()) {
            throw Rejection.invalid("skuIds", "guide.share.product-twice");
        }
        Map<UUID, SkuRef> found = skus.find(brand, c.skuIds());
        List<UUID> ids = c.skuIds();
        for (int i = 0; i < ids.size(); i++) {
            SkuRef sku = found.get(ids.get(i));
            if (sku == null || !sku.active()) {
                throw Rejection.invalid("skuIds[" + i + "]", "guide.share.product-unknown");
            }
        }
    }
}
