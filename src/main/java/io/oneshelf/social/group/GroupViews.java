package io.oneshelf.social.group;

import io.oneshelf.social.share.People;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Groups as the shop, the console and a till show them. */
final class GroupViews {

    private GroupViews() {
    }

    /**
     * A group: its share code, status, places (paid, held by unpaid orders, free) and virtual members, when its time
     * runs out, its campaign's SKU and group price, and its members in the order they joined (name or masked phone).
     */
    @Schema(name = "Group")
    record View(UUID id, String code, String status, UUID groupBuyId, String campaignName, UUID skuId,
                long groupPrice, int size, int paidMembers, int pendingMembers, int freePlaces, int virtualMembers,
                OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime closedAt, List<Member> members) {

        static View of(UUID brandId, Group g, GroupBuy buy, List<Members.Member> all, People people) {
            List<Members.Member> holding = all.stream().filter(m -> m.status() == Members.Status.PAID
                                                                    || m.status() == Members.Status.PENDING).toList();
            int paid = (int) holding.stream().filter(m -> m.status() == Members.Status.PAID).count();
            List<Member> shown = all.stream().map(m -> new Member(people.shown(brandId, m.customerId()),
                    m.customerId().equals(g.leaderId()), m.status().name(), m.joinedAt(), m.paidAt())).toList();
            return new View(g.id(), g.code(), g.status().name(), buy.id(), buy.name(), buy.skuId(), buy.groupPrice(),
                    g.size(), paid, holding.size() - paid, Math.max(0, g.size() - holding.size()),
                    g.virtualMembers(), g.createdAt(), g.expiresAt(), g.closedAt(), shown);
        }
    }

    @Schema(name = "GroupMember")
    record Member(String shownAs, boolean leader, String status, OffsetDateTime joinedAt, OffsetDateTime paidAt) {
    }

    /** The order that takes a place (pay it before {@code payBefore} to hold it) and the group it is in. */
    @Schema(name = "GroupPlace")
    record Place(UUID orderId, String orderNumber, long total, OffsetDateTime payBefore, View group) {
    }

    /** A campaign running in the shop, with its groups open to join (the newest 20). */
    @Schema(name = "ShopGroupBuy")
    record Shop(UUID id, String name, UUID skuId, String skuName, long listPrice, long groupPrice, int groupSize,
                int limitMinutes, int perCustomer, int remaining, OffsetDateTime endsAt, List<View> openGroups) {
    }
}
