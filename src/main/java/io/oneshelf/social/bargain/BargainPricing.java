package io.oneshelf.social.bargain;

import io.oneshelf.order.OrderCampaign;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.pricing.PricingStep;
import io.oneshelf.platform.Rejection;
import io.oneshelf.social.BargainBought;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The bargain's price now in checkout pricing, for an order that buys a bargain ({@link #KIND}, the bargain's id),
 * order 710 (with the group price's step: the price is what the line costs at most). Only its buyer, online, one unit
 * of its SKU, while it is open; placing the order locks the bargain, takes a unit of the campaign's allocation and
 * marks it BOUGHT in the order's transaction, told as {@link BargainBought}; a second purchase of it is refused.
 */
@Component
@Order(710)
class BargainPricing implements PricingStep {

    static final String KIND = "BARGAIN";

    private final Bargains bargains;
    private final BargainCampaigns campaigns;
    private final ApplicationEventPublisher events;

    BargainPricing(Bargains bargains, BargainCampaigns campaigns, ApplicationEventPublisher events) {
        this.bargains = bargains;
        this.campaigns = campaigns;
        this.events = events;
    }

    @Override
    public void apply(Checkout checkout) {
        OrderCampaign campaign = checkout.campaign();
        if (campaign == null || !KIND.equals(campaign.kind())) {
            return;
        }
        Bargain b = bargains.find(checkout.brandId(), campaign.id()).filter(x -> x.customerId()
                .equals(checkout.customerId())).orElseThrow(() -> Rejection.notFound("bargain"));
        BargainCampaign c = campaigns.find(checkout.brandId(), b.campaignId()).orElseThrow();
        if (checkout.channel() != OrderChannel.ONLINE) {
            throw Rejection.invalid("channel", "social.bargain.online-only");
        }
        if (checkout.lines().size() != 1 || !checkout.lines().get(0).sku().id().equals(c.skuId())
            || checkout.lines().get(0).quantity() != 1) {
            throw Rejection.invalid("lines", "social.group.one-unit");
        }
        open(b, c, checkout);
        PricedLine line = checkout.lines().get(0);
        long over = line.payable() - b.price();
        if (over > 0) {
            checkout.discountLine(line, new Discount.Source(BargainCampaign.KIND, c.id(), c.name()), over);
        }
        checkout.redeemOnPlace((brand, order, number) -> buy(brand, b.id(), order, number, checkout));
    }

    private static void open(Bargain b, BargainCampaign c, Checkout checkout) {
        if (!b.openAt(checkout.at().atOffset(ZoneOffset.UTC))) {
            throw Rejection.conflict("code", "social.bargain.closed");
        }
        if (c.remaining() <= 0) {
            throw Rejection.conflict("code", "social.bargain.sold-out", c.name());
        }
    }

    private void buy(UUID brandId, UUID bargainId, UUID orderId, String number, Checkout checkout) {
        Bargain b = bargains.lock(brandId, bargainId).orElseThrow();
        BargainCampaign c = campaigns.find(brandId, b.campaignId()).orElseThrow();
        open(b, c, checkout);
        if (checkout.lines().get(0).payable() > b.price()) {
            // a cut landed between pricing and placing: the order would cost more than the bargain's price now
            throw Rejection.conflict("code", "social.bargain.price-moved");
        }
        if (!campaigns.take(brandId, c.id())) {
            throw Rejection.conflict("code", "social.bargain.sold-out", c.name());
        }
        bargains.bought(brandId, bargainId, orderId);
        events.publishEvent(new BargainBought(brandId, c.id(), bargainId, b.customerId(), orderId, number,
                b.price()));
    }
}
