package io.oneshelf.messaging.outbox;

import io.oneshelf.member.Customer;
import io.oneshelf.member.Customers;
import io.oneshelf.messaging.Delivery;
import io.oneshelf.messaging.MessageChannel;
import io.oneshelf.messaging.Messenger;
import io.oneshelf.messaging.OutgoingMessage;
import io.oneshelf.platform.Ids;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Messenger}: checks consent ({@link ConsentGate}) and the recipient's address, hands the message to the
 * first provider that carries its channel, and records the attempt, whatever became of it, in the outbox. A
 * referenced message is sent once per customer and channel: the outbox's unique key answers a repeat (a listener
 * hearing its event twice) with the first delivery.
 */
@Service
class Outbox implements Messenger {

    private final JdbcClient jdbc;
    private final ConsentGate consent;
    private final Customers customers;
    private final List<MessageProvider> providers;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, ConsentGate consent, Customers customers, List<MessageProvider> providers,
           JsonMapper json) {
        this.jdbc = jdbc;
        this.consent = consent;
        this.customers = customers;
        this.providers = providers;
        this.json = json;
    }

    @Override
    public Delivery send(OutgoingMessage m) {
        Objects.requireNonNull(m.channel(), "channel");
        Objects.requireNonNull(m.purpose(), "purpose");
        Objects.requireNonNull(m.template(), "template");
        Optional<Delivery> earlier = earlier(m);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String recipient = customers.find(m.brandId(), m.customerId()).map(c -> recipient(m.channel(), c))
                .orElse(null);
        if (!consent.allows(m)) {
            return record(m, recipient, Delivery.Status.REFUSED, "no-consent", "none");
        }
        if (recipient == null) {
            return record(m, null, Delivery.Status.REFUSED, "no-recipient", "none");
        }
        Optional<MessageProvider> provider = providers.stream().filter(p -> p.carries(m.channel())).findFirst();
        if (provider.isEmpty()) {
            return record(m, recipient, Delivery.Status.FAILED, "no-provider", "none");
        }
        try {
            provider.get().deliver(m, recipient);
        } catch (MessageProvider.NotDelivered e) {
            return record(m, recipient, Delivery.Status.FAILED, e.getMessage(), provider.get().name());
        }
        return record(m, recipient, Delivery.Status.SENT, null, provider.get().name());
    }

    /**
     * The address on the channel: the phone for SMS (none once anonymised); for WeChat and WeCom the customer
     * themselves, whose openid a live provider looks up (the sandbox has none to look up).
     */
    static String recipient(MessageChannel channel, Customer customer) {
        return channel == MessageChannel.SMS ? customer.phone() : "customer:" + customer.id();
    }

    private Optional<Delivery> earlier(OutgoingMessage m) {
        if (m.reference() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, status, reason, provider from message_outbox
                        where tenant_id = :brand and reference = :reference and customer_id = :customer
                          and channel = :channel""")
                .param("brand", m.brandId()).param("reference", m.reference()).param("customer", m.customerId())
                .param("channel", m.channel().name())
                .query((rs, n) -> new Delivery(rs.getObject("id", java.util.UUID.class),
                        Delivery.Status.valueOf(rs.getString("status")), rs.getString("reason"),
                        rs.getString("provider"))).optional();
    }

    Delivery record(OutgoingMessage m, String recipient, Delivery.Status status, String reason,
                            String provider) {
        var id = Ids.next();
        int inserted = jdbc.sql("""
                        insert into message_outbox(id, tenant_id, customer_id, channel, purpose, template, parameters,
                                                   recipient, status, reason, provider, reference, created_at)
                        values (:id, :brand, :customer, :channel, :purpose, :template, cast(:parameters as jsonb),
                                :recipient, :status, :reason, :provider, :reference, now())
                        on conflict do nothing""")
                .param("id", id).param("brand", m.brandId()).param("customer", m.customerId())
                .param("channel", m.channel().name()).param("purpose", m.purpose().name())
                .param("template", m.template()).param("parameters", json.writeValueAsString(m.parameters()))
                .param("recipient", recipient).param("status", status.name()).param("reason", reason)
                .param("provider", provider).param("reference", m.reference()).update();
        // a concurrent send of the same reference recorded first: its delivery is the one
        return inserted == 1 ? new Delivery(id, status, reason, provider) : earlier(m).orElseThrow();
    }
}
