package io.oneshelf.member.customer;

import io.oneshelf.platform.security.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The member QR code's content: the member card number with an expiry, signed with the server's key
 * ({@link SecretBox#digest}) for the brand, so that a screenshot stops working after a few minutes and a code of
 * one brand is nothing at another. {@code OSM1.<card>.<expiry epoch seconds>.<signature>}.
 */
@Component
public class MemberCodes {

    static final Duration VALID = Duration.ofMinutes(5);
    private static final Pattern CODE = Pattern.compile("OSM1\\.(M\\d{10})\\.(\\d{1,12})\\.([0-9a-f]{32})");
    private static final String PURPOSE = "member.code";

    private final SecretBox box;
    private final Clock clock = Clock.systemUTC();

    MemberCodes(SecretBox box) {
        this.box = box;
    }

    /** A code shown now. */
    public record Issued(String code, Instant expiresAt) {
    }

    public Issued issue(UUID brandId, String cardNumber) {
        Instant expires = clock.instant().plus(VALID).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String payload = cardNumber + "." + expires.getEpochSecond();
        return new Issued("OSM1." + payload + "." + sign(brandId, payload), expires);
    }

    /** The card number of a valid, unexpired code of this brand; empty otherwise. */
    public Optional<String> cardNumber(UUID brandId, String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String payload = m.group(1) + "." + m.group(2);
        boolean signed = java.security.MessageDigest.isEqual(sign(brandId, payload).getBytes(),
                m.group(3).getBytes());
        boolean fresh = Long.parseLong(m.group(2)) >= clock.instant().getEpochSecond();
        return signed && fresh ? Optional.of(m.group(1)) : Optional.empty();
    }

    private String sign(UUID brandId, String payload) {
        return box.digest(PURPOSE, brandId + ":" + payload).substring(0, 32);
    }
}
