package io.oneshelf.social.group;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.social.share.CampaignChecks;
import io.oneshelf.social.share.CampaignDesk;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, activates and deactivates group buy campaigns ({@link CampaignDesk}: audited, a change under the
 * campaign's lock, its SKU fixed), checked by {@link CampaignChecks}. The API and the demo brand both come this way.
 */
@Service
class GroupBuyDesk {

    private final CampaignChecks checks;
    private final CampaignDesk<GroupBuy> desk;

    GroupBuyDesk(GroupBuys campaigns, CampaignChecks checks, AuditLog audit) {
        this.checks = checks;
        this.desk = new CampaignDesk<>("group-buy", "group_buy", campaigns, audit);
    }

    @Transactional
    GroupBuy create(CampaignDesk.By by, GroupBuyViews.Edit body) {
        return desk.create(by, body.skuId(), (id, sku, sold, version, at) -> checked(by.brandId(), id, body, sku,
                sold, version, at));
    }

    @Transactional
    GroupBuy update(CampaignDesk.By by, UUID id, GroupBuyViews.Edit body) {
        return desk.update(by, id, body.skuId(), body.version(), (same, sku, sold, version, at) -> checked(
                by.brandId(), same, body, sku, sold, version, at));
    }

    @Transactional
    GroupBuy activate(CampaignDesk.By by, UUID id, boolean active) {
        return desk.activate(by, id, active);
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
