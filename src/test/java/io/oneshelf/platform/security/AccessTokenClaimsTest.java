package io.oneshelf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens signed with the server's real key but with claims the server never issues are refused with 401
 * problem+json: only the signature proves nothing about expiry, issuer or the actor's shape.
 */
class AccessTokenClaimsTest extends ApiTest {

    private Brand brand;
    private Map<String, Object> issued;

    @BeforeEach
    void readAnIssuedToken() throws Exception {
        brand = brands.aBrand();
        issued = SignedJWT.parse(api.login(brand.login("admin"), BrandFixture.PASSWORD)).getJWTClaimsSet().toJSONObject();
    }

    @Test
    void a_token_forged_like_an_issued_one_is_accepted_so_the_forgery_itself_is_sound() {
        assertThat(api.get("/api/v1/me", forged(claims -> { })).status()).isEqualTo(200);
    }

    @Test
    void a_token_without_expiry_is_refused() {
        assertRefused(forged(claims -> claims.remove("exp")));
    }

    @Test
    void an_expired_token_is_refused() {
        long longAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        assertRefused(forged(claims -> claims.put("exp", longAgo)));
    }

    @Test
    void a_token_of_a_foreign_issuer_or_none_is_refused() {
        assertRefused(forged(claims -> claims.put("iss", "someone-else")));
        assertRefused(forged(claims -> claims.remove("iss")));
    }

    @Test
    void a_token_with_an_unknown_role_kind_or_scope_type_is_refused() {
        assertRefused(forged(claims -> claims.put("role", "SUPER_ADMIN")));
        assertRefused(forged(claims -> claims.remove("role")));
        assertRefused(forged(claims -> claims.put("kind", "ROBOT")));
        assertRefused(forged(claims -> claims.put("kind", "API_CLIENT")));
        assertRefused(forged(claims -> claims.put("st", "PLANET")));
    }

    @Test
    void a_token_of_the_system_or_of_a_customer_never_acts_as_staff() {
        assertRefused(forged(claims -> claims.put("kind", "SYSTEM")));
        assertRefused(forged(claims -> claims.put("kind", "CUSTOMER")));
        assertRefused(forged(claims -> {
            claims.put("kind", "CUSTOMER");
            claims.put("aud", "oneshelf-shop");
        }));
    }

    @Test
    void a_token_whose_ids_are_not_uuids_is_refused() {
        assertRefused(forged(claims -> claims.put("sub", "admin")));
        assertRefused(forged(claims -> claims.remove("sub")));
        assertRefused(forged(claims -> claims.put("tid", "42")));
        assertRefused(forged(claims -> claims.put("sid", "everywhere")));
    }

    @Test
    void a_token_without_its_accounts_access_version_or_of_another_brand_is_refused() {
        assertRefused(forged(claims -> claims.remove("av")));
        assertRefused(forged(claims -> claims.put("av", "latest")));
        assertRefused(forged(claims -> claims.put("av", 0.5)));
        assertRefused(forged(claims -> claims.put("av", 7)));
        assertRefused(forged(claims -> claims.put("tid", brands.aBrand().tenantId().toString())));
    }

    private void assertRefused(String token) {
        Reply reply = api.get("/api/v1/me", token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).endsWith("/unauthorized");
    }

    private String forged(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = new HashMap<>(issued);
        change.accept(claims);
        try {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
            claims.forEach((name, value) -> set.claim(name, switch (name) {
                case "exp", "iat", "nbf" -> value instanceof Number seconds ? new Date(seconds.longValue() * 1000)
                        : value;
                default -> value;
            }));
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set.build());
            jwt.sign(new MACSigner(signingKey()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] signingKey() {
        return Base64.getDecoder().decode(brands.jdbc().sql("select value from platform_secret where name = 'jwt-signing-key'")
                .query(String.class).single());
    }
}
