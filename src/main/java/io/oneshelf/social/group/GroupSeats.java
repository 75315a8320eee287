package io.oneshelf.social.group;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.social.share.ShareCodes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Places in groups. {@link #check} says whether one may be taken (for pricing and quotes); {@link #take}, run in the
 * order's transaction, takes it: a join locks the group's row first, so joins of one group take their turn and the
 * N-th and (N+1)-th joiners never both get in; then a unit of the campaign's allocation (a conditional update) and
 * the customer's places are counted again under those locks. Opening inserts the group (OPENING) with its leader.
 */
@Component
class GroupSeats {

    private final GroupBuys campaigns;
    private final Groups groups;
    private final Members members;

    GroupSeats(GroupBuys campaigns, Groups groups, Members members) {
        this.campaigns = campaigns;
        this.groups = groups;
        this.members = members;
    }

    /** Refuses a place the customer may not take now: allocation gone, own limit reached, group closed or full. */
    void check(UUID brandId, GroupBuy buy, Group group, UUID customerId, OffsetDateTime now) {
        if (buy.remaining() <= 0) {
            throw Rejection.conflict("groupBuyId", "social.group.sold-out", buy.name());
        }
        if (members.heldBy(brandId, buy.id(), customerId) >= buy.perCustomer()) {
            throw Rejection.conflict("groupBuyId", "social.group.customer-limit", buy.perCustomer());
        }
        if (group != null) {
            if (!group.joinableAt(now)) {
                throw Rejection.conflict("code", "social.group.closed");
            }
            if (members.isIn(brandId, group.id(), customerId)) {
                throw Rejection.conflict("code", "social.group.already-in");
            }
            if (members.holding(brandId, group.id()) >= group.size()) {
                throw Rejection.conflict("code", "social.group.full", group.size());
            }
        }
    }

    /** Takes the place for order {@code orderId}: in a new group when {@code groupId} is null, else in that one. */
    void take(UUID brandId, UUID buyId, UUID groupId, UUID customerId, UUID orderId, String orderNumber) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Group group = groupId == null ? null : groups.lock(brandId, groupId)
                .orElseThrow(() -> Rejection.notFound("group"));
        GroupBuy buy = campaigns.find(brandId, buyId).orElseThrow(() -> Rejection.notFound("group-buy"));
        check(brandId, buy, group, customerId, now);
        if (!campaigns.take(brandId, buyId)) {
            throw Rejection.conflict("groupBuyId", "social.group.sold-out", buy.name());
        }
        if (group == null) {
            group = new Group(Ids.next(), buyId, ShareCodes.draw(), customerId, GroupStatus.OPENING, buy.groupSize(),
                    0, now, null, null, null);
            groups.insert(brandId, group);
        }
        members.insert(brandId, new Members.Member(Ids.next(), group.id(), buyId, customerId, orderId, orderNumber,
                Members.Status.PENDING, now, null));
        // counted again now that this place is in: two orders of one customer racing in two groups
        if (members.heldBy(brandId, buyId, customerId) > buy.perCustomer()) {
            throw Rejection.conflict("groupBuyId", "social.group.customer-limit", buy.perCustomer());
        }
    }
}
