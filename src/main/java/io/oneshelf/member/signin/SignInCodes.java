package io.oneshelf.member.signin;

import io.oneshelf.member.PhoneNumber;
import io.oneshelf.member.SmsSender;
import io.oneshelf.platform.BatchedDelete;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in codes: six random digits sent by SMS, kept only as a keyed digest ({@link SecretBox#digest}),
 * valid for a few minutes and a few tries. Sending is limited per phone (one a minute, ten a day by default), counted
 * in the database by its clock, so every server instance refuses alike; the codes of one phone are sent one at a
 * time (a transaction-scoped advisory lock), so two requests at once cannot both pass the limit. Only the newest
 * code of a phone counts.
 */
@Component
class SignInCodes {

    static final String TEMPLATE = "sign-in-code";
    private static final String DIGEST = "member.sign-in-code";
    private static final Logger log = LoggerFactory.getLogger(SignInCodes.class);

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final SmsSender sms;
    private final SignInProperties properties;
    private final SecureRandom random = new SecureRandom();

    SignInCodes(JdbcClient jdbc, SecretBox box, SmsSender sms, SignInProperties properties) {
        this.jdbc = jdbc;
        this.box = box;
        this.sms = sms;
        this.properties = properties;
    }

    /** What the customer is told after a code went out. */
    record Sent(long expiresInSeconds, long resendAfterSeconds) {
    }

    /** Sends a new code, unless the phone had one too recently or too many today (429 with Retry-After). */
    @Transactional
    Sent send(UUID brandId, PhoneNumber phone) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "member.sign-in-code:" + brandId + ":" + phone.digits()).query(Integer.class).single();
        refuseWhenTooSoon(brandId, phone);
        UUID id = Ids.next();
        String code = "%06d".formatted(random.nextInt(1_000_000));
        jdbc.sql("""
                        insert into customer_sign_in_code(id, tenant_id, phone, code_hash, sent_at, expires_at)
                        values (:id, :brand, :phone, :hash, now(), now() + make_interval(secs => :ttl))""")
                .param("id", id).param("brand", brandId).param("phone", phone.digits())
                .param("hash", digest(id, code)).param("ttl", properties.codeTtl().toSeconds()).update();
        try {
            sms.send(new SmsSender.ShortMessage(brandId, phone.digits(), TEMPLATE,
                    Map.of("code", code, "minutes", String.valueOf(properties.codeTtl().toMinutes()))));
        } catch (SmsSender.NotSent e) {
            log.warn("Sign-in code to {} not sent: {}", phone.masked(), e.getMessage());
            throw new Rejection(Rejection.Kind.SERVICE_UNAVAILABLE, Message.of("member.sign-in.sms-failed"));
        }
        return new Sent(properties.codeTtl().toSeconds(), properties.resendAfter().toSeconds());
    }

    private void refuseWhenTooSoon(UUID brandId, PhoneNumber phone) {
        List<Long> waits = jdbc.sql("""
                        select ceil(extract(epoch from max(sent_at) + make_interval(secs => :resend) - now()))::bigint,
                               count(*),
                               ceil(extract(epoch from min(sent_at) + interval '1 day' - now()))::bigint
                        from customer_sign_in_code
                        where tenant_id = :brand and phone = :phone and sent_at > now() - interval '1 day'""")
                .param("resend", properties.resendAfter().toSeconds()).param("brand", brandId)
                .param("phone", phone.digits())
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        long untilResend = waits.get(0);
        long sentToday = waits.get(1);
        if (untilResend > 0) {
            throw Rejection.tooManyRequests(Message.of("member.sign-in.code-too-soon", untilResend), untilResend);
        }
        if (sentToday >= properties.codesPerDay()) {
            long untilTomorrow = Math.max(1, waits.get(2));
            throw Rejection.tooManyRequests(
                    Message.of("member.sign-in.codes-per-day", properties.codesPerDay(), untilTomorrow), untilTomorrow);
        }
    }

    /**
     * Spends one try of the phone's newest code; passes when {@code code} is it. A wrong code, one that expired, one
     * whose tries are spent or none at all is refused naming {@code code} (401); the spent try stays spent (the
     * transaction commits with the refusal).
     */
    @Transactional(noRollbackFor = Rejection.class)
    void verify(UUID brandId, PhoneNumber phone, String code) {
        Optional<Newest> found = jdbc.sql("""
                        select id, code_hash, attempts, expires_at <= now() as expired, used_at is not null as used
                        from customer_sign_in_code where tenant_id = :brand and phone = :phone
                        order by sent_at desc, id desc limit 1 for update""")
                .param("brand", brandId).param("phone", phone.digits())
                .query((rs, n) -> new Newest(rs.getObject("id", UUID.class), rs.getString("code_hash"),
                        rs.getInt("attempts"), rs.getBoolean("expired"), rs.getBoolean("used")))
                .optional();
        Newest newest = found.filter(c -> !c.used()).orElseThrow(() -> refused("member.sign-in.no-code"));
        if (newest.expired()) {
            throw refused("member.sign-in.code-expired");
        }
        if (newest.attempts() >= properties.codeAttempts()) {
            throw refused("member.sign-in.code-spent");
        }
        int attempts = newest.attempts() + 1;
        boolean right = MessageDigest.isEqual(digest(newest.id(), code).getBytes(StandardCharsets.US_ASCII),
                newest.hash().getBytes(StandardCharsets.US_ASCII));
        jdbc.sql("update customer_sign_in_code set attempts = :attempts, used_at = case when :right then now() end"
                        + " where id = :id")
                .param("attempts", attempts).param("right", right).param("id", newest.id()).update();
        if (!right) {
            int left = properties.codeAttempts() - attempts;
            throw left > 0 ? refused("member.sign-in.code-wrong", left) : refused("member.sign-in.code-spent");
        }
    }

    /** Codes are useless a day after they were sent, and no longer count against a limit: purged in batches. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void forgetOld() {
        BatchedDelete.run(jdbc, """
                delete from customer_sign_in_code where id in (
                  select id from customer_sign_in_code where sent_at < now() - interval '1 day' - interval '1 hour'
                  limit :batch for update skip locked)""", Map.of());
    }

    private String digest(UUID id, String code) {
        return box.digest(DIGEST, id + ":" + code);
    }

    private static Rejection refused(String code, Object... args) {
        Message message = Message.of(code, args);
        return new Rejection(Rejection.Kind.BAD_CREDENTIALS, Message.of("problem.field", "code", message),
                List.of(new Rejection.Fault("code", message)));
    }

    private record Newest(UUID id, String hash, int attempts, boolean expired, boolean used) {
    }
}
