package io.oneshelf.member.signin;

import io.oneshelf.member.SmsSender;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The SMS provider for development and tests ({@code oneshelf.member.sms.provider=log}, the default): sends
 * nothing, writes each message to the log and keeps the last few per phone in this instance's memory, where the
 * development endpoint ({@link DevSmsController}) shows them. With it, nobody receives a code: a real deployment
 * configures a real provider.
 */
@Component
@ConditionalOnProperty(name = "oneshelf.member.sms.provider", havingValue = "log", matchIfMissing = true)
class LoggedSms implements SmsSender {

    static final int KEPT_PER_PHONE = 10;
    private static final int MAX_PHONES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(LoggedSms.class);

    private final Map<String, Deque<Logged>> byPhone = new ConcurrentHashMap<>();

    LoggedSms() {
        log.warn("SMS provider 'log': text messages (sign-in codes) are written to the log, not sent");
    }

    /** A message as it would have gone out. */
    record Logged(UUID brandId, String phone, String template, Map<String, String> parameters, Instant sentAt) {
    }

    @Override
    public void send(ShortMessage message) {
        log.info("SMS not sent (provider 'log') to {}: {} {}", message.phone(), message.template(),
                message.parameters());
        if (byPhone.size() >= MAX_PHONES) {
            byPhone.clear();
        }
        Deque<Logged> kept = byPhone.computeIfAbsent(message.phone(), p -> new ArrayDeque<>());
        synchronized (kept) {
            kept.addFirst(new Logged(message.brandId(), message.phone(), message.template(),
                    Map.copyOf(message.parameters()), Instant.now()));
            while (kept.size() > KEPT_PER_PHONE) {
                kept.removeLast();
            }
        }
    }

    /** The last messages to the phone, newest first. */
    List<Logged> sentTo(String phone) {
        Deque<Logged> kept = byPhone.get(phone);
        if (kept == null) {
            return List.of();
        }
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }
}
