package io.oneshelf.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers access tokens it has already verified, until they expire. A client sends the same token with every
 * request for its whole life; checking its signature and converting its claims again each time was a tenth of
 * the server's CPU under load. Safe because a token is immutable: the same string always verifies to the same
 * claims, and nothing but its expiry can make its signature or claims invalid. Whether its ACCOUNT may still act
 * is checked on every request after this ({@code LiveAccounts}). Only verified tokens are remembered, so a
 * forged one never short-cuts the check. Bounded: when full, it
 * starts again empty, which only costs a fresh verification per token.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Duration clockSkew;
    private final int capacity;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, Clock clock, Duration clockSkew, int capacity) {
        this.verifier = verifier;
        this.clock = clock;
        this.clockSkew = clockSkew;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!expired(known)) {
                return known;
            }
            verified.remove(token);
            throw new BadJwtException("Jwt expired at " + known.getExpiresAt());
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** The same rule as the verifier's own timestamp check: expired once past expiry plus the clock skew. */
    private boolean expired(Jwt jwt) {
        return Instant.now(clock).minus(clockSkew).isAfter(jwt.getExpiresAt());
    }

    int size() {
        return verified.size();
    }
}
