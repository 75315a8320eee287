package io.oneshelf.social.group;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.social.share.CampaignChecks;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, activates and deactivates group buy campaigns, checked by {@link CampaignChecks}, audited. A
 * change locks the campaign first, so its sold count cannot move while the new allocation is checked; its SKU never
 * changes once set. The API and the demo brand both come this way.
 */
@Service
class GroupBuyDesk {

    /** Who makes a change: for the audit log. */
    record By(UUID brandId, UUID actorId, String actorName) {
    }

    private final GroupBuys campaigns;
    private final CampaignChecks checks;
    private final AuditLog audit;

    GroupBuyDesk(GroupBuys campaigns, CampaignChecks checks, AuditLog audit) {
        this.campaigns = campaigns;
        this.checks = checks;
        this.audit = audit;
    }

    @Transactional
    GroupBuy create(By by, GroupBuyViews.Edit body) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        GroupBuy made = checked(by.brandId(), Ids.next(), body, body.skuId(), 0, 1, now);
        campaigns.insert(by.brandId(), made);
        GroupBuy saved = campaigns.find(by.brandId(), made.id()).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), "group-buy.create", "group_buy", saved.id(), null,
                saved);
        return saved;
    }

    @Transactional
    GroupBuy update(By by, UUID id, GroupBuyViews.Edit body) {
        if (body.version() == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        GroupBuy before = campaigns.lock(by.brandId(), id).orElseThrow(() -> Rejection.notFound("group-buy"));
        if (!before.skuId().equals(body.skuId())) {
            throw Rejection.invalid("skuId", "social.campaign.sku-fixed");
        }
        GroupBuy changed = checked(by.brandId(), id, body, before.skuId(), before.sold(), body.version(),
                before.createdAt());
        if (before.version() != body.version() || !campaigns.update(by.brandId(), changed, body.version())) {
            throw Rejection.staleVersion();
        }
        GroupBuy after = campaigns.find(by.brandId(), id).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), "group-buy.update", "group_buy", id, before, after);
        return after;
    }

    @Transactional
    GroupBuy activate(By by, UUID id, boolean active) {
        GroupBuy before = campaigns.find(by.brandId(), id).orElseThrow(() -> Rejection.notFound("group-buy"));
        if (!campaigns.activate(by.brandId(), id, active)) {
            return before;
        }
        GroupBuy after = campaigns.find(by.brandId(), id).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), active ? "group-buy.activate"
                : "group-buy.deactivate", "group_buy", id, before, after);
        return after;
    }

    private GroupBuy checked(UUID brandId, UUID id, GroupBuyViews.Edit b, UUID skuId, int sold, int version,
                             OffsetDateTime createdAt) {
        checks.window(b.startsAt(), b.endsAt());
        checks.stores(brandId, b.storeIds());
        SkuRef sku = checks.sku(brandId, skuId);
        checks.belowList(brandId, sku, "groupPrice", b.groupPrice());
        boolean online = b.channels() == null || b.channels().isEmpty() || b.channels().contains(OrderChannel.ONLINE);
        checks.allocation(brandId, skuId, b.allocation(), sold, online);
        return new GroupBuy(id, b.name().strip(), skuId, b.groupPrice(), b.groupSize(), b.limitMinutes(),
                b.perCustomer(), b.allocation(), sold, b.channels(), b.storeIds(), b.startsAt(), b.endsAt(),
                b.active() == null || b.active(), version, createdAt);
    }
}
