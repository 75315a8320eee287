package io.oneshelf.social.bargain;

import io.oneshelf.order.OrderCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A cancelled purchase of a bargain (unpaid in time, or cancelled) gives its unit back to the campaign's allocation,
 * and the bargain back to its buyer: OPEN again while its time lasts, EXPIRED after. Heard twice, it changes nothing.
 */
@Component
class BargainOrders {

    private final Bargains bargains;
    private final BargainCampaigns campaigns;

    BargainOrders(Bargains bargains, BargainCampaigns campaigns) {
        this.bargains = bargains;
        this.campaigns = campaigns;
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        bargains.ofOrder(cancelled.brandId(), cancelled.orderId())
                .filter(b -> bargains.unbought(cancelled.brandId(), b.id(), cancelled.orderId()))
                .ifPresent(b -> campaigns.giveBack(cancelled.brandId(), b.campaignId()));
    }
}
