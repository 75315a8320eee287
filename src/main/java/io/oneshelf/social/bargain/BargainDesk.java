package io.oneshelf.social.bargain;

import io.oneshelf.catalog.SkuRef;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.social.share.CampaignChecks;
import io.oneshelf.social.share.CampaignDesk;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, activates and deactivates bargain campaigns, checked (window, SKU, a start price at most the list
 * price and a floor below it leaving at least 1 fen per helper, allocation within the online stock), audited.
 * Bargains started keep the prices and cuts they were drawn with. Audited, a change under the campaign's lock, its
 * SKU fixed ({@link CampaignDesk}).
 */
@Service
class BargainDesk {

    private final CampaignChecks checks;
    private final CampaignDesk<BargainCampaign> desk;

    BargainDesk(BargainCampaigns campaigns, CampaignChecks checks, AuditLog audit) {
        this.checks = checks;
        this.desk = new CampaignDesk<>("bargain-campaign", "bargain_campaign", campaigns, audit);
    }

    @Transactional
    BargainCampaign create(CampaignDesk.By by, BargainViews.Edit body) {
        return desk.create(by, body.skuId(), (id, sku, sold, version, at) -> checked(by.brandId(), id, body, sku,
                sold, version, at));
    }

    @Transactional
    BargainCampaign update(CampaignDesk.By by, UUID id, BargainViews.Edit body) {
        return desk.update(by, id, body.skuId(), body.version(), (same, sku, sold, version, at) -> checked(
                by.brandId(), same, body, sku, sold, version, at));
    }

    @Transactional
    BargainCampaign activate(CampaignDesk.By by, UUID id, boolean active) {
        return desk.activate(by, id, active);
    }

    private BargainCampaign checked(UUID brandId, UUID id, BargainViews.Edit b, UUID skuId, int sold, int version,
                                    OffsetDateTime createdAt) {
        checks.window(b.startsAt(), b.endsAt());
        SkuRef sku = checks.sku(brandId, skuId);
        checks.belowList(brandId, sku, "floorPrice", b.floorPrice());
        checks.belowList(brandId, sku, "startPrice", b.startPrice() - 1);
        if (b.floorPrice() + b.helpersNeeded() > b.startPrice()) {
            throw Rejection.invalid("floorPrice", "social.bargain.floor-too-high", b.helpersNeeded());
        }
        checks.allocation(brandId, skuId, b.allocation(), sold, true);
        return new BargainCampaign(id, b.name().strip(), skuId, b.startPrice(), b.floorPrice(), b.helpersNeeded(),
                b.limitMinutes(), b.helpsPerDay(), b.allocation(), sold, b.startsAt(), b.endsAt(),
                b.active() == null || b.active(), version, createdAt);
    }
}
