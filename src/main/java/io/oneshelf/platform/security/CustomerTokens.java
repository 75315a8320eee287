package io.oneshelf.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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
import org.springframework.stereotype.Component;

/**
 * Issues and verifies the access tokens of customers (HS256 JWT), kept apart from staff tokens three ways: another
 * signing key (a staff token does not even verify here, nor a customer token in the staff chain), the audience
 * {@value #AUDIENCE} and the kind {@value #KIND}. A token names the customer, their brand and the brand's code, so
 * the shop chain can refuse it on another brand's shop paths. Customers have no role: what a customer may do is
 * decided by the shop endpoints themselves, on the customer's own things only.
 */
@Component
public class CustomerTokens {

    static final String AUDIENCE = "oneshelf-shop";
    static final String KIND = "CUSTOMER";
    static final String BRAND = "bid";
    static final String BRAND_CODE = "bc";
    static final String PHONE = "phone";

    private final SecretKey key;
    private final JwtDecoder decoder;

    CustomerTokens(JdbcClient jdbc) {
        this.key = new SecretKeySpec(AccessTokens.signingKey(jdbc, "jwt-customer-signing-key"), "HmacSHA256");
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        verifier.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, iss -> iss)));
        verifier.setJwtValidator(validator());
        this.decoder = new VerifiedTokens(verifier, Clock.systemUTC(), AccessTokens.CLOCK_SKEW, 10_000);
    }

    /** A token for a signed-in customer of the brand with this code, valid for {@code ttl}. */
    public AccessTokens.IssuedToken issue(Shopper shopper, String brandCode, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(AccessTokens.ISSUER)
                .audience(AUDIENCE)
                .subject(shopper.customerId().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("kind", KIND)
                .claim(BRAND, shopper.brandId().toString())
                .claim(BRAND_CODE, brandCode)
                .claim(PHONE, shopper.phone())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a customer access token", e);
        }
        return new AccessTokens.IssuedToken(jwt.serialize(), ttl.toSeconds());
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** The shopper of a verified token (its claims were checked when it was first verified). */
    static ShopperAuthentication authentication(Jwt jwt) {
        return new ShopperAuthentication(shopperOf(jwt), jwt.getClaimAsString(BRAND_CODE));
    }

    private static Shopper shopperOf(Jwt jwt) {
        return new Shopper(UUID.fromString(jwt.getSubject()), UUID.fromString(jwt.getClaimAsString(BRAND)),
                jwt.getClaimAsString(PHONE));
    }

    /** Signature and time (exp required), our issuer, the shop audience and claims that make a shopper. */
    private static OAuth2TokenValidator<Jwt> validator() {
        JwtTimestampValidator time = new JwtTimestampValidator(AccessTokens.CLOCK_SKEW);
        time.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(time, new JwtIssuerValidator(AccessTokens.ISSUER),
                CustomerTokens::claimsOfCustomer);
    }

    private static OAuth2TokenValidatorResult claimsOfCustomer(Jwt jwt) {
        try {
            Shopper shopper = shopperOf(jwt);
            String brandCode = jwt.getClaimAsString(BRAND_CODE);
            boolean customer = KIND.equals(jwt.getClaimAsString("kind"))
                    && List.of(AUDIENCE).equals(jwt.getAudience())
                    && brandCode != null && !brandCode.isBlank() && shopper.phone() != null;
            if (customer) {
                return OAuth2TokenValidatorResult.success();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // an id that is not a UUID, or a missing one
        }
        return OAuth2TokenValidatorResult.failure(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token's claims are not valid", null));
    }
}
