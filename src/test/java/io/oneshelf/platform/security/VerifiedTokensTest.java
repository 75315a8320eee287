package io.oneshelf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofMinutes(15));

    private final AtomicInteger verifications = new AtomicInteger();
    private final MutableClock clock = new MutableClock(ISSUED);

    /** Accepts "good-N" tokens, refuses everything else, and counts every check. */
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "HS256").subject(token).issuedAt(ISSUED).expiresAt(EXPIRES)
                .build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock, Duration.ofSeconds(60), 3);

    @Test
    void aTokenIsVerifiedOnceAndThenRecognised() {
        Jwt first = tokens.decode("good-1");
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aRememberedTokenIsRefusedOncePastItsExpiryAndTheClockSkew() {
        tokens.decode("good-1");

        clock.now = EXPIRES.plusSeconds(60);
        assertThat(tokens.decode("good-1").getSubject()).isEqualTo("good-1");

        clock.now = EXPIRES.plusSeconds(61);
        assertThatThrownBy(() -> tokens.decode("good-1")).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("expired");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullItStartsAgainEmpty() {
        tokens.decode("good-1");
        tokens.decode("good-2");
        tokens.decode("good-3");
        tokens.decode("good-4");

        assertThat(tokens.size()).isEqualTo(1);
        tokens.decode("good-1");
        assertThat(verifications).hasValue(5);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
