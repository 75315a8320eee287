package io.oneshelf.member;

import java.util.Map;
import java.util.UUID;

/**
 * Sends text messages to mobile phones through an SMS provider (阿里云短信, 腾讯云短信 …). Providers in China send
 * approved templates with parameters rather than free text, so a message is a template name and its values; a
 * provider maps the name to its own template id and signature (签名). Which provider runs is
 * {@code oneshelf.member.sms.provider}; the default, {@code log}, sends nothing: it writes each message to the log
 * and keeps the last ones in memory for a development endpoint (decision 0025).
 */
public interface SmsSender {

    /** Sends the message or throws {@link NotSent}; may take as long as the provider's API does. */
    void send(ShortMessage message);

    /**
     * One text message for a brand's customer.
     *
     * @param template   {@code sign-in-code} (parameters {@code code}, {@code minutes})
     * @param parameters the template's values by name
     */
    record ShortMessage(UUID brandId, String phone, String template, Map<String, String> parameters) {
    }

    /** The provider did not accept the message (unreachable, refused, out of credit). */
    class NotSent extends RuntimeException {

        public NotSent(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
