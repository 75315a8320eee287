package io.oneshelf.messaging.outbox;

import io.oneshelf.messaging.MessageChannel;
import io.oneshelf.messaging.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The provider of development, tests and demos ({@code oneshelf.messaging.provider=sandbox}, the default): carries
 * every channel and sends nothing; the outbox entry the {@link Outbox} records is what would have gone out.
 */
@Component
@ConditionalOnProperty(name = "oneshelf.messaging.provider", havingValue = "sandbox", matchIfMissing = true)
class SandboxProvider implements MessageProvider {

    private static final Logger log = LoggerFactory.getLogger(SandboxProvider.class);

    SandboxProvider() {
        log.warn("Messaging provider 'sandbox': messages to customers are recorded in the outbox, not sent");
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public boolean carries(MessageChannel channel) {
        return true;
    }

    @Override
    public void deliver(OutgoingMessage message, String recipient) {
        // nothing leaves: the outbox entry is the message
    }

    @Override
    public void deliverToGroup(io.oneshelf.messaging.GroupMessage message, java.util.List<String> recipients) {
        // nothing leaves: the group send and its members' outbox entries are the message
    }
}
