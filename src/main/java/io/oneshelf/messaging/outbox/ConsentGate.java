package io.oneshelf.messaging.outbox;

import io.oneshelf.member.Consents;
import io.oneshelf.messaging.MessagePurpose;
import io.oneshelf.messaging.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * Whether the customer let the brand send this message: a service message (their own business) always; anything
 * else only with their {@code MARKETING} consent on the channel's consent channel (WeChat and WeCom share one).
 */
@Component
class ConsentGate {

    static final String MARKETING = "MARKETING";

    private final Consents consents;

    ConsentGate(Consents consents) {
        this.consents = consents;
    }

    boolean allows(OutgoingMessage message) {
        return !needsConsent(message.purpose()) || consents.granted(message.brandId(), message.customerId(),
                MARKETING, message.channel().consentChannel());
    }

    static boolean needsConsent(MessagePurpose purpose) {
        return purpose != MessagePurpose.SERVICE;
    }
}
