package io.oneshelf.social.group;

import io.oneshelf.member.Addresses;
import io.oneshelf.order.OrderCampaign;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.routing.Fulfilment;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.social.share.Delivery;
import io.oneshelf.social.share.People;
import io.oneshelf.social.share.ShareCodes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Opening and joining groups by placing the order that takes the place: online by the customer (pay it to hold the
 * place), or at a till by a cashier for a customer, paid there and then. The order's pricing checks and takes the
 * place ({@link GroupPricing}); the answer shows the group as it is after.
 */
@Service
class GroupOrders {

    private final Orders orders;
    private final GroupBuys campaigns;
    private final Groups groups;
    private final Members members;
    private final Addresses addresses;
    private final People people;

    GroupOrders(Orders orders, GroupBuys campaigns, Groups groups, Members members, Addresses addresses,
                People people) {
        this.orders = orders;
        this.campaigns = campaigns;
        this.groups = groups;
        this.members = members;
        this.addresses = addresses;
        this.people = people;
    }

    GroupViews.Place open(UUID brandId, UUID customerId, UUID campaignId, Delivery delivery, String key) {
        GroupBuy buy = runningOnline(brandId, campaignId);
        return placed(brandId, orders.place(delivery.order(brandId, customerId, buy.skuId(),
                new OrderCampaign(GroupPricing.OPEN, buy.id()), addresses, key)));
    }

    GroupViews.Place join(UUID brandId, UUID customerId, String code, Delivery delivery, String key) {
        Group group = byCode(brandId, code);
        GroupBuy buy = runningOnline(brandId, group.groupBuyId());
        return placed(brandId, orders.place(delivery.order(brandId, customerId, buy.skuId(),
                new OrderCampaign(GroupPricing.JOIN, group.id()), addresses, key)));
    }

    /** A till sale that joins the customer to the group: paid by its tenders at once, so the place is PAID. */
    GroupViews.Place joinAtTill(Actor cashier, String code, UUID customerId, UUID storeId,
                                List<PlaceOrder.TenderLine> tenders, String key) {
        Group group = byCode(cashier.tenantId(), code);
        GroupBuy buy = campaigns.find(cashier.tenantId(), group.groupBuyId()).orElseThrow();
        return placed(cashier.tenantId(), orders.place(new PlaceOrder(cashier.tenantId(), cashier, OrderChannel.POS,
                Fulfilment.IN_STORE, customerId, storeId, null, List.of(new PlaceOrder.Line(buy.skuId(), 1)), null,
                tenders, null, key, null, List.of(), null, new OrderCampaign(GroupPricing.JOIN, group.id()))));
    }

    /**
     * The campaign, if it runs online now; in the shop one that does not (inactive, over, till-only) is not found:
     * its groups and links still show, but nobody opens or joins one.
     */
    private GroupBuy runningOnline(UUID brandId, UUID campaignId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return campaigns.find(brandId, campaignId).filter(g -> g.runsAt(now))
                .filter(g -> g.channels().isEmpty() || g.channels().contains(OrderChannel.ONLINE))
                .orElseThrow(() -> Rejection.notFound("group-buy"));
    }

    Group byCode(UUID brandId, String code) {
        return groups.byCode(brandId, ShareCodes.normalise(code)).orElseThrow(() -> Rejection.notFound("group"));
    }

    GroupViews.View view(UUID brandId, Group g) {
        GroupBuy buy = campaigns.find(brandId, g.groupBuyId()).orElseThrow();
        return GroupViews.View.of(brandId, g, buy, members.ofGroup(brandId, g.id()), people);
    }

    private GroupViews.Place placed(UUID brandId, OrderView order) {
        Members.Member m = members.ofOrder(brandId, order.id()).orElseThrow();
        return new GroupViews.Place(order.id(), order.number(), order.total(), order.expiresAt(),
                view(brandId, groups.find(brandId, m.groupId()).orElseThrow()));
    }
}
