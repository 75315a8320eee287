package io.oneshelf.guide.community;

import io.oneshelf.guide.CommunityBroadcastSent;
import io.oneshelf.messaging.GroupDelivery;
import io.oneshelf.messaging.GroupMessage;
import io.oneshelf.messaging.GroupMessenger;
import io.oneshelf.messaging.MessageChannel;
import io.oneshelf.messaging.MessagePurpose;
import io.oneshelf.platform.Ids;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a broadcast to a group's members through the messaging module (marketing: each member's consent decides),
 * then records it with whom it reached. The send comes first and outside the transaction, as the messenger asks;
 * its reference makes a retried broadcast of the same id a no-op at the provider.
 */
@Service
class Broadcasts {

    private final JdbcClient jdbc;
    private final GroupMessenger messenger;
    private final Communities groups;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Broadcasts(JdbcClient jdbc, GroupMessenger messenger, Communities groups, ApplicationEventPublisher events,
               TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.messenger = messenger;
        this.groups = groups;
        this.events = events;
        this.tx = tx;
    }

    record Send(UUID brand, CommunityGroup group, Broadcast.Kind kind, String text, String link, int attributionDays,
                UUID by) {
    }

    Broadcast send(Send s) {
        UUID id = Ids.next();
        Map<String, String> parameters = new HashMap<>(Map.of("kind", s.kind().name(), "text", s.text()));
        if (s.link() != null) {
            parameters.put("link", s.link());
        }
        GroupDelivery delivery = messenger.broadcast(new GroupMessage(s.brand(), s.group().externalId(),
                MessageChannel.valueOf(s.group().channel()), MessagePurpose.MARKETING, "community-broadcast",
                parameters, groups.members(s.brand(), s.group().id()), "community-broadcast:" + id));
        tx.executeWithoutResult(t -> record(s, id, delivery));
        return find(s.brand(), id);
    }

    private void record(Send s, UUID id, GroupDelivery delivery) {
        jdbc.sql("""
                        insert into community_broadcast(id, tenant_id, group_id, kind, text, link, reached, refused,
                                                        attribution_days, by_staff_id, sent_at)
                        values (:id, :brand, :group, :kind, :text, :link, :reached, :refused, :days, :by, now())""")
                .param("id", id).param("brand", s.brand()).param("group", s.group().id())
                .param("kind", s.kind().name()).param("text", s.text()).param("link", s.link())
                .param("reached", delivery.reached().size()).param("refused", delivery.refused().size())
                .param("days", s.attributionDays()).param("by", s.by()).update();
        for (UUID c : delivery.reached()) {
            jdbc.sql("insert into community_reached(broadcast_id, customer_id) values (:id, :customer)")
                    .param("id", id).param("customer", c).update();
        }
        events.publishEvent(new CommunityBroadcastSent(s.brand(), id, s.group().id(), s.group().storeId(),
                s.kind().name(), delivery.reached().size(), delivery.refused().size()));
    }

    Broadcast find(UUID brand, UUID id) {
        return list(brand, null, id).get(0);
    }

    /** A group's broadcasts, newest first, with the orders attributed to each. */
    List<Broadcast> list(UUID brand, UUID group, UUID id) {
        return jdbc.sql("""
                        select b.*, (select count(*) from community_sale s where s.broadcast_id = b.id) as orders,
                               (select coalesce(sum(amount), 0) from community_sale s where s.broadcast_id = b.id)
                                   as sales
                        from community_broadcast b where b.tenant_id = :brand
                          and (cast(:group as uuid) is null or b.group_id = :group)
                          and (cast(:id as uuid) is null or b.id = :id)
                        order by b.sent_at desc, b.id desc limit 200""")
                .param("brand", brand).param("group", group).param("id", id)
                .query((rs, n) -> new Broadcast(rs.getObject("id", UUID.class), rs.getObject("group_id", UUID.class),
                        rs.getString("kind"), rs.getString("text"), rs.getString("link"), rs.getInt("reached"),
                        rs.getInt("refused"), rs.getInt("attribution_days"), rs.getObject("by_staff_id", UUID.class),
                        rs.getObject("sent_at", java.time.OffsetDateTime.class), rs.getLong("orders"),
                        rs.getLong("sales"))).list();
    }
}
