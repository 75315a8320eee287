package io.oneshelf.social.bargain;

import io.oneshelf.social.share.People;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Bargains as the shop and the console show them (the drawn sequence to staff only). */
@Component
class BargainShowing {

    private final Bargains bargains;
    private final BargainCampaigns campaigns;
    private final People people;

    BargainShowing(Bargains bargains, BargainCampaigns campaigns, People people) {
        this.bargains = bargains;
        this.campaigns = campaigns;
        this.people = people;
    }

    BargainViews.Bargain view(UUID brandId, Bargain b, boolean staff) {
        BargainCampaign c = campaigns.find(brandId, b.campaignId()).orElseThrow();
        List<BargainViews.Help> helps = bargains.helps(brandId, b.id()).stream()
                .map(h -> new BargainViews.Help(people.shown(brandId, h.helperId()), h.seq(), h.amount(),
                        h.helpedAt())).toList();
        return new BargainViews.Bargain(b.id(), b.code(), c.id(), c.name(), c.skuId(),
                people.shown(brandId, b.customerId()), b.startPrice(), b.floorPrice(), b.price(), b.cutsTaken(),
                b.cuts().size(), b.statusAt(OffsetDateTime.now(ZoneOffset.UTC)), b.startedAt(), b.expiresAt(),
                b.orderId(), helps, staff ? b.cuts() : null);
    }
}
