package io.oneshelf.member.signin;

import io.oneshelf.member.PhoneNumber;
import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development only ({@code oneshelf.dev.sms-endpoint=true}; never in production): the text messages the log
 * provider "sent" to a phone, so that a developer, a demo or a test can sign in as a customer. Needs no sign-in.
 * Not part of the published API.
 */
@RestController
@Hidden
@ConditionalOnProperty(name = "oneshelf.dev.sms-endpoint", havingValue = "true")
class DevSmsController {

    private final ObjectProvider<LoggedSms> logged;

    DevSmsController(ObjectProvider<LoggedSms> logged) {
        this.logged = logged;
    }

    /** A message; {@code code} is the sign-in code it carries, if any. */
    record DevSms(UUID brandId, String phone, String template, Map<String, String> parameters, String code,
                  Instant sentAt) {
    }

    record DevSmsList(List<DevSms> items) {
    }

    /** Newest first; empty when another SMS provider than {@code log} runs. */
    @GetMapping("/api/v1/dev/sms")
    DevSmsList sent(@RequestParam String phone) {
        PhoneNumber number = PhoneNumber.parse(phone)
                .orElseThrow(() -> Rejection.invalid("phone", "member.phone.invalid"));
        LoggedSms sms = logged.getIfAvailable();
        List<DevSms> items = sms == null ? List.of() : sms.sentTo(number.digits()).stream()
                .map(m -> new DevSms(m.brandId(), m.phone(), m.template(), m.parameters(),
                        m.parameters().get("code"), m.sentAt()))
                .toList();
        return new DevSmsList(items);
    }
}
