package io.oneshelf.messaging.outbox;

import io.oneshelf.member.Customers;
import io.oneshelf.messaging.Delivery;
import io.oneshelf.messaging.GroupDelivery;
import io.oneshelf.messaging.GroupMessage;
import io.oneshelf.messaging.GroupMessenger;
import io.oneshelf.messaging.OutgoingMessage;
import io.oneshelf.platform.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link GroupMessenger}: decides per member (consent, an address), hands the group message with the consenting
 * members' addresses to the first provider that carries the channel, and records the group send (the sandbox's
 * record of what went to the group) and one outbox entry per member under the same reference.
 */
@Service
class GroupSends implements GroupMessenger {

    private final JdbcClient jdbc;
    private final ConsentGate consent;
    private final Customers customers;
    private final List<MessageProvider> providers;
    private final Outbox outbox;
    private final JsonMapper json;

    GroupSends(JdbcClient jdbc, ConsentGate consent, Customers customers, List<MessageProvider> providers,
               Outbox outbox, JsonMapper json) {
        this.jdbc = jdbc;
        this.consent = consent;
        this.customers = customers;
        this.providers = providers;
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public GroupDelivery broadcast(GroupMessage g) {
        Optional<GroupDelivery> earlier = earlier(g);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<UUID> reached = new ArrayList<>();
        List<UUID> refused = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (UUID member : g.members()) {
            OutgoingMessage m = one(g, member);
            String address = customers.find(g.brandId(), member).map(c -> Outbox.recipient(g.channel(), c))
                    .orElse(null);
            if (consent.allows(m) && address != null) {
                reached.add(member);
                addresses.add(address);
            } else {
                refused.add(member);
            }
        }
        String provider = deliver(g, addresses);
        Delivery.Status status = provider == null ? Delivery.Status.FAILED : Delivery.Status.SENT;
        String name = provider == null ? "none" : provider;
        reached.forEach(c -> outbox.record(one(g, c), null, status, status == Delivery.Status.FAILED
                ? "no-provider" : null, name));
        refused.forEach(c -> outbox.record(one(g, c), null, Delivery.Status.REFUSED, "no-consent", "none"));
        UUID id = Ids.next();
        jdbc.sql("""
                        insert into message_group_send(id, tenant_id, channel, external_id, template, parameters,
                                                       recipients, refused, provider, reference, created_at)
                        values (:id, :brand, :channel, :external, :template, cast(:parameters as jsonb), :recipients,
                                :refused, :provider, :reference, now())
                        on conflict do nothing""")
                .param("id", id).param("brand", g.brandId()).param("channel", g.channel().name())
                .param("external", g.externalId()).param("template", g.template())
                .param("parameters", json.writeValueAsString(g.parameters())).param("recipients", reached.size())
                .param("refused", refused.size()).param("provider", name).param("reference", g.reference())
                .update();
        return new GroupDelivery(id, status == Delivery.Status.SENT ? reached : List.of(), refused, name);
    }

    /** The provider that took it, or null when none carries the channel or it refused; nobody to reach is sent. */
    private String deliver(GroupMessage g, List<String> addresses) {
        Optional<MessageProvider> provider = providers.stream().filter(p -> p.carries(g.channel())).findFirst();
        if (provider.isEmpty()) {
            return null;
        }
        if (!addresses.isEmpty()) {
            try {
                provider.get().deliverToGroup(g, addresses);
            } catch (MessageProvider.NotDelivered e) {
                return null;
            }
        }
        return provider.get().name();
    }

    private static OutgoingMessage one(GroupMessage g, UUID member) {
        return new OutgoingMessage(g.brandId(), member, g.channel(), g.purpose(), g.template(), g.parameters(),
                g.reference());
    }

    private Optional<GroupDelivery> earlier(GroupMessage g) {
        record Sent(UUID id, String provider) {
        }
        return jdbc.sql("select id, provider from message_group_send where tenant_id = :brand and reference = :ref")
                .param("brand", g.brandId()).param("ref", g.reference())
                .query((rs, n) -> new Sent(rs.getObject("id", UUID.class), rs.getString("provider"))).optional()
                .map(sent -> new GroupDelivery(sent.id(), members(g, "="), members(g, "<>"), sent.provider()));
    }

    private List<UUID> members(GroupMessage g, String sentOrNot) {
        return jdbc.sql("select customer_id from message_outbox where tenant_id = :brand and reference = :ref"
                        + " and status " + sentOrNot + " 'SENT' order by customer_id")
                .param("brand", g.brandId()).param("ref", g.reference()).query(UUID.class).list();
    }
}
