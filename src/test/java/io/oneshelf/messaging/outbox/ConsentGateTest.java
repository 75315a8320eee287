package io.oneshelf.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.messaging.MessageChannel;
import io.oneshelf.messaging.MessagePurpose;
import io.oneshelf.messaging.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentGateTest {

    private final List<String> asked = new ArrayList<>();
    /** A customer who granted marketing on WeChat only. */
    private final ConsentGate gate = new ConsentGate((brand, customer, purpose, channel) -> {
        asked.add(purpose + "/" + channel);
        return purpose.equals("MARKETING") && channel.equals("WECHAT");
    });

    private static OutgoingMessage a(MessageChannel channel, MessagePurpose purpose) {
        return new OutgoingMessage(UUID.randomUUID(), UUID.randomUUID(), channel, purpose, "t", Map.of(), null);
    }

    @Test
    void marketing_needs_the_customers_consent_on_the_channel_and_wecom_counts_as_wechat() {
        assertThat(gate.allows(a(MessageChannel.SMS, MessagePurpose.MARKETING))).isFalse();
        assertThat(gate.allows(a(MessageChannel.WECOM, MessagePurpose.MARKETING))).isTrue();
        assertThat(gate.allows(a(MessageChannel.WECHAT_SUBSCRIBE, MessagePurpose.MARKETING))).isTrue();
        assertThat(asked).containsExactly("MARKETING/SMS", "MARKETING/WECHAT", "MARKETING/WECHAT");
    }

    @Test
    void a_service_message_about_the_customers_own_business_needs_no_marketing_consent() {
        assertThat(gate.allows(a(MessageChannel.SMS, MessagePurpose.SERVICE))).isTrue();
        assertThat(asked).isEmpty();
    }
}
