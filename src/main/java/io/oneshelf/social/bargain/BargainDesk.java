package io.oneshelf.social.bargain;

import io.oneshelf.catalog.SkuRef;
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
 * Creates, changes, activates and deactivates bargain campaigns, checked (window, SKU, a start price at most the list
 * price and a floor below it leaving at least 1 fen per helper, allocation within the online stock), audited.
 * Bargains started keep the prices and cuts they were drawn with.
 */
@Service
class BargainDesk {

    record By(UUID brandId, UUID actorId, String actorName) {
    }

    private final BargainCampaigns campaigns;
    private final CampaignChecks checks;
    private final AuditLog audit;

    BargainDesk(BargainCampaigns campaigns, CampaignChecks checks, AuditLog audit) {
        this.campaigns = campaigns;
        this.checks = checks;
        this.audit = audit;
    }

    @Transactional
    BargainCampaign create(By by, BargainViews.Edit body) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        BargainCampaign made = checked(by.brandId(), Ids.next(), body, body.skuId(), 0, 1, now);
        campaigns.insert(by.brandId(), made);
        BargainCampaign saved = campaigns.find(by.brandId(), made.id()).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), "bargain-campaign.create", "bargain_campaign",
                saved.id(), null, saved);
        return saved;
    }

    @Transactional
    BargainCampaign update(By by, UUID id, BargainViews.Edit body) {
        if (body.version() == null) {
            throw Rejection.invalid("version", "validation.required");
        }
        BargainCampaign before = campaigns.lock(by.brandId(), id)
                .orElseThrow(() -> Rejection.notFound("bargain-campaign"));
        if (!before.skuId().equals(body.skuId())) {
            throw Rejection.invalid("skuId", "social.campaign.sku-fixed");
        }
        BargainCampaign changed = checked(by.brandId(), id, body, before.skuId(), before.sold(), body.version(),
                before.createdAt());
        if (before.version() != body.version() || !campaigns.update(by.brandId(), changed, body.version())) {
            throw Rejection.staleVersion();
        }
        BargainCampaign after = campaigns.find(by.brandId(), id).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), "bargain-campaign.update", "bargain_campaign", id,
                before, after);
        return after;
    }

    @Transactional
    BargainCampaign activate(By by, UUID id, boolean active) {
        BargainCampaign before = campaigns.find(by.brandId(), id)
                .orElseThrow(() -> Rejection.notFound("bargain-campaign"));
        if (!campaigns.activate(by.brandId(), id, active)) {
            return before;
        }
        BargainCampaign after = campaigns.find(by.brandId(), id).orElseThrow();
        audit.record(by.brandId(), by.actorId(), by.actorName(), active ? "bargain-campaign.activate"
                : "bargain-campaign.deactivate", "bargain_campaign", id, before, after);
        return after;
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
