package io.oneshelf.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Issues and verifies the short-lived access tokens (HS256 JWT) of staff. A token names its account and the
 * account's access version; each request then acts with the account as it is now ({@link LiveAccounts}), so a
 * disabled account is refused and a demoted one has only its new rights, however young its token.
 */
@Component
public class AccessTokens {

    static final String ISSUER = "oneshelf";
    static final String ACCESS_VERSION = "av";
    /** What Spring's JwtTimestampValidator allows by default; the token cache applies the same. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final SecretKey key;
    private final SecurityProperties properties;
    private final JwtDecoder decoder;
    private final LiveAccounts accounts;

    AccessTokens(JdbcClient jdbc, SecurityProperties properties, LiveAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
        this.key = new SecretKeySpec(signingKey(jdbc, "jwt-signing-key"), "HmacSHA256");
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        // "iss" is a plain name, not a URL: the default converter's attempt to make it one threw on every token.
        verifier.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, iss -> iss)));
        verifier.setJwtValidator(validator());
        // 10,000 signed-in sessions at about 1.5 kB each: some 15 MB at most
        this.decoder = new VerifiedTokens(verifier, Clock.systemUTC(), CLOCK_SKEW, 10_000);
    }

    /** A token for a staff member, valid while the account keeps this access version. */
    public IssuedToken issue(Actor actor, long accessVersion) {
        if (actor.kind() != Actor.Kind.STAFF) {
            // the verifier refuses every other kind anyway; a token that could never be used is a bug
            throw new IllegalArgumentException("Access tokens are for staff, not for " + actor.kind());
        }
        Instant now = Instant.now();
        Instant expires = now.plus(properties.accessTokenTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(actor.id().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .claim("kind", actor.kind().name())
                .claim("tid", actor.tenantId().toString())
                .claim("name", actor.name())
                .claim("role", actor.role().name())
                .claim("st", actor.scopeType().name())
                .claim("sid", actor.scopeId().toString())
                .claim(ACCESS_VERSION, accessVersion)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign access token", e);
        }
        return new IssuedToken(jwt.serialize(), properties.accessTokenTtl().toSeconds());
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /**
     * The actor a verified token acts as now: its account's current role and scope. Per request, and only a
     * map look-up: the claims were checked once, when the token was first verified ({@link #validator()}).
     */
    Actor currentActor(Jwt jwt) {
        return accounts.actorFor(UUID.fromString(jwt.getClaimAsString("tid")), UUID.fromString(jwt.getSubject()),
                        ((Number) jwt.getClaims().get(ACCESS_VERSION)).longValue())
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "The account was disabled or signed out everywhere; sign in again"));
    }

    /** Signature and time (exp required), our issuer, and claims that make a staff actor. */
    private static OAuth2TokenValidator<Jwt> validator() {
        JwtTimestampValidator time = new JwtTimestampValidator(CLOCK_SKEW);
        time.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(time, new JwtIssuerValidator(ISSUER), AccessTokens::claimsOfStaff);
    }

    private static OAuth2TokenValidatorResult claimsOfStaff(Jwt jwt) {
        try {
            boolean staff = actorOf(jwt).kind() == Actor.Kind.STAFF;
            Object version = jwt.getClaims().get(ACCESS_VERSION);
            boolean versioned = version instanceof Long || version instanceof Integer;
            if (staff && versioned) {
                return OAuth2TokenValidatorResult.success();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // an unknown role, kind or scope type, or an id that is not a UUID
        }
        return OAuth2TokenValidatorResult.failure(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token's claims are not valid", null));
    }

    /** The actor as the token's claims describe it; throws on a claim that is missing or not valid. */
    private static Actor actorOf(Jwt jwt) {
        return new Actor(Actor.Kind.valueOf(jwt.getClaimAsString("kind")), UUID.fromString(jwt.getSubject()),
                UUID.fromString(jwt.getClaimAsString("tid")), jwt.getClaimAsString("name"),
                Role.valueOf(jwt.getClaimAsString("role")), ScopeType.valueOf(jwt.getClaimAsString("st")),
                UUID.fromString(jwt.getClaimAsString("sid")));
    }

    /** Created once per database, then shared by all instances; never leaves the server. */
    static byte[] signingKey(JdbcClient jdbc, String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into platform_secret(name, value) values (:name, :v) on conflict do nothing")
                .param("name", name).param("v", Base64.getEncoder().encodeToString(fresh)).update();
        String stored = jdbc.sql("select value from platform_secret where name = :name")
                .param("name", name).query(String.class).single();
        return Base64.getDecoder().decode(stored);
    }

    /** An access token and its lifetime in seconds. */
    public record IssuedToken(String value, long expiresIn) {
    }
}
