package io.oneshelf.social.group;

import io.oneshelf.order.OrderCampaign;
import io.oneshelf.order.pricing.Checkout;
import io.oneshelf.order.pricing.Discount;
import io.oneshelf.order.pricing.PricedLine;
import io.oneshelf.order.pricing.PricingStep;
import io.oneshelf.platform.Rejection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The group price in checkout pricing, for an order that opens a group ({@link #OPEN}, the campaign's id) or joins
 * one ({@link #JOIN}, the group's id). Order 700: after automatic promotions and coupons, so the group price is what
 * the line costs at most (a GROUP_BUY discount brings what is payable down to it; nothing stacks beyond what the
 * others gave). The order must be one unit of the campaign's SKU by a signed-in customer, in its window, channels and
 * stores, within the allocation and the customer's places; a join needs an open group with a free place the customer
 * does not hold already. Refusals are 409s naming the field at fault. Placing the order takes the place
 * ({@link GroupSeats}) in its transaction, where all of this is checked again under the group's lock, and holds the
 * order from fulfilment until the group succeeds ({@link GroupRelease}; decision 0055).
 */
@Component
@Order(700)
class GroupPricing implements PricingStep {

    static final String OPEN = "GROUP_OPEN";
    static final String JOIN = "GROUP_JOIN";

    private final GroupBuys campaigns;
    private final Groups groups;
    private final GroupSeats seats;

    GroupPricing(GroupBuys campaigns, Groups groups, GroupSeats seats) {
        this.campaigns = campaigns;
        this.groups = groups;
        this.seats = seats;
    }

    @Override
    public void apply(Checkout checkout) {
        OrderCampaign campaign = checkout.campaign();
        if (campaign == null || !OPEN.equals(campaign.kind()) && !JOIN.equals(campaign.kind())) {
            return;
        }
        if (checkout.customerId() == null) {
            throw Rejection.invalid("customerId", "social.group.customer-required");
        }
        Group group = JOIN.equals(campaign.kind()) ? groups.find(checkout.brandId(), campaign.id())
                .orElseThrow(() -> Rejection.notFound("group")) : null;
        GroupBuy buy = campaigns.find(checkout.brandId(), group == null ? campaign.id() : group.groupBuyId())
                .orElseThrow(() -> Rejection.notFound("group-buy"));
        PricedLine line = oneUnitOf(checkout, buy);
        OffsetDateTime now = checkout.at().atOffset(ZoneOffset.UTC);
        if (!buy.runsAt(now)) {
            throw Rejection.conflict("groupBuyId", "social.group.not-running", buy.name());
        }
        if (!buy.sellsAt(checkout.channel(), checkout.storeId())) {
            throw Rejection.conflict("storeId", "social.group.not-here");
        }
        seats.check(checkout.brandId(), buy, group, checkout.customerId(), now);
        long over = line.payable() - buy.groupPrice();
        if (over > 0) {
            checkout.discountLine(line, new Discount.Source(GroupBuy.KIND, buy.id(), buy.name()), over);
        }
        // paid at once, but picked, shipped or handed over only when the group succeeds (GroupRelease)
        checkout.holdFulfilment(GroupBuy.KIND);
        checkout.redeemOnPlace((brand, order, number) -> seats.take(brand, buy.id(),
                group == null ? null : group.id(), checkout.customerId(), order, number));
    }

    private static PricedLine oneUnitOf(Checkout checkout, GroupBuy buy) {
        if (checkout.lines().size() != 1) {
            throw Rejection.invalid("lines", "social.group.one-unit");
        }
        PricedLine line = checkout.lines().get(0);
        if (!line.sku().id().equals(buy.skuId())) {
            throw Rejection.invalid("lines[0].skuId", "social.group.other-sku");
        }
        if (line.quantity() != 1) {
            throw Rejection.invalid("lines[0].quantity", "social.group.one-unit");
        }
        return line;
    }
}
