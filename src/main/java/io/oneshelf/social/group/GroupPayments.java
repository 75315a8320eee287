package io.oneshelf.social.group;

import io.oneshelf.order.OrderCancelled;
import io.oneshelf.order.OrderPaid;
import io.oneshelf.social.GroupFailed;
import io.oneshelf.social.GroupJoined;
import io.oneshelf.social.GroupOpened;
import io.oneshelf.social.GroupSucceeded;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the orders of group places. A paid order's place is PAID under its group's lock: the leader's payment opens
 * the group (its time starts), every payment is told as {@link GroupJoined}, and the payment that makes the size
 * succeeds it. A payment that arrives after its group failed is refunded at once. A cancelled order gives its place
 * and its unit back; an OPENING group whose leader's order is cancelled fails with nobody to refund.
 */
@Component
class GroupPayments {

    private final Groups groups;
    private final Members members;
    private final GroupBuys campaigns;
    private final GroupRefunds refunds;
    private final ApplicationEventPublisher events;

    GroupPayments(Groups groups, Members members, GroupBuys campaigns, GroupRefunds refunds,
                  ApplicationEventPublisher events) {
        this.groups = groups;
        this.members = members;
        this.campaigns = campaigns;
        this.refunds = refunds;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        members.ofOrder(paid.brandId(), paid.orderId()).ifPresent(m -> {
            Group group = groups.lock(paid.brandId(), m.groupId()).orElseThrow();
            if (!members.move(paid.brandId(), m.id(), Members.Status.PENDING, Members.Status.PAID)) {
                return;
            }
            if (group.status() == GroupStatus.FAILED) {
                refunds.cancel(paid.brandId(), m.orderId());
                return;
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            if (group.status() == GroupStatus.OPENING) {
                GroupBuy buy = campaigns.find(paid.brandId(), group.groupBuyId()).orElseThrow();
                group = group.opened(now, buy.limitMinutes());
                groups.save(paid.brandId(), group);
                events.publishEvent(new GroupOpened(paid.brandId(), group.groupBuyId(), group.id(), group.code(),
                        group.leaderId(), group.size(), group.expiresAt()));
            }
            int paidMembers = members.paid(paid.brandId(), group.id());
            events.publishEvent(new GroupJoined(paid.brandId(), group.groupBuyId(), group.id(), m.customerId(),
                    m.orderId(), paidMembers, group.size()));
            if (paidMembers >= group.size() && group.status() == GroupStatus.OPEN) {
                groups.save(paid.brandId(), group.succeeded(now, 0));
                events.publishEvent(new GroupSucceeded(paid.brandId(), group.groupBuyId(), group.id(), paidMembers,
                        0));
            }
        });
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        members.ofOrder(cancelled.brandId(), cancelled.orderId()).ifPresent(m -> {
            Group group = groups.lock(cancelled.brandId(), m.groupId()).orElseThrow();
            boolean released = members.move(cancelled.brandId(), m.id(), Members.Status.PENDING,
                    Members.Status.RELEASED)
                    || members.move(cancelled.brandId(), m.id(), Members.Status.PAID, Members.Status.REFUNDED);
            if (!released) {
                return;
            }
            campaigns.giveBack(cancelled.brandId(), m.groupBuyId());
            if (group.status() == GroupStatus.OPENING && m.customerId().equals(group.leaderId())) {
                groups.save(cancelled.brandId(), group.failed(OffsetDateTime.now(ZoneOffset.UTC)));
                events.publishEvent(new GroupFailed(cancelled.brandId(), group.groupBuyId(), group.id(), 0,
                        group.size()));
            }
        });
    }
}
