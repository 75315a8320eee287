package io.oneshelf.messaging.outbox;

import io.oneshelf.member.SmsSender;
import io.oneshelf.messaging.MessageChannel;
import io.oneshelf.messaging.OutgoingMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * SMS for real ({@code oneshelf.messaging.provider=live}): through member's {@link SmsSender}, the provider the
 * brand configured for sign-in codes, so that one SMS account (its templates and signature) serves both. WeChat and
 * WeCom have no live provider yet: their messages fail as {@code no-provider}.
 */
@Component
@ConditionalOnProperty(name = "oneshelf.messaging.provider", havingValue = "live")
class SmsProvider implements MessageProvider {

    private final SmsSender sms;

    SmsProvider(SmsSender sms) {
        this.sms = sms;
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public boolean carries(MessageChannel channel) {
        return channel == MessageChannel.SMS;
    }

    @Override
    public void deliver(OutgoingMessage message, String recipient) {
        try {
            sms.send(new SmsSender.ShortMessage(message.brandId(), recipient, message.template(),
                    message.parameters()));
        } catch (SmsSender.NotSent e) {
            throw new NotDelivered(e.getMessage(), e);
        }
    }
}
