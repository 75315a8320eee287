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
import io.oneshelf.support.Shoppers;
import io.oneshelf.support.Shoppers.Shopper;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customer tokens forged with the server's real keys but with claims the server never issues are refused with a
 * 401 problem, at the shop and everywhere else: staff and customers never pass for one another, and no HTTP
 * token makes a system actor.
 */
class CustomerTokenClaimsTest extends ApiTest {

    private Brand brand;
    private Shopper shopper;
    private Map<String, Object> issued;

    @BeforeEach
    void readAnIssuedToken() throws Exception {
        brand = brands.aBrand();
        shopper = Shoppers.aShopper(api, brand.code());
        issued = SignedJWT.parse(shopper.accessToken()).getJWTClaimsSet().toJSONObject();
    }

    @Test
    void a_token_forged_like_an_issued_one_is_accepted_so_the_forgery_itself_is_sound() {
        assertThat(issued).containsEntry("kind", "CUSTOMER").containsEntry("bc", brand.code());
        assertThat(api.get(shopper.path("/me"), forged("jwt-customer-signing-key", claims -> { })).status())
                .isEqualTo(200);
    }

    @Test
    void a_customer_token_without_expiry_of_another_issuer_audience_or_kind_is_refused() {
        assertRefusedAtShop(claims -> claims.remove("exp"));
        assertRefusedAtShop(claims -> claims.put("exp", Instant.now().minusSeconds(3600).getEpochSecond()));
        assertRefusedAtShop(claims -> claims.put("iss", "someone-else"));
        assertRefusedAtShop(claims -> claims.remove("aud"));
        assertRefusedAtShop(claims -> claims.put("aud", List.of("oneshelf-shop", "oneshelf")));
        assertRefusedAtShop(claims -> claims.put("kind", "STAFF"));
        assertRefusedAtShop(claims -> claims.put("kind", "SYSTEM"));
        assertRefusedAtShop(claims -> claims.put("sub", "me"));
        assertRefusedAtShop(claims -> claims.remove("bid"));
        assertRefusedAtShop(claims -> claims.remove("bc"));
        assertRefusedAtShop(claims -> claims.remove("phone"));
    }

    @Test
    void a_customer_token_naming_another_brands_code_is_refused_at_this_shop() {
        assertRefusedAtShop(claims -> claims.put("bc", brands.aBrand().code()));
    }

    @Test
    void a_token_signed_with_the_staff_key_is_no_customer_token_and_a_customer_one_no_staff_token() {
        assertRefused(api.get(shopper.path("/me"), forged("jwt-signing-key", claims -> { })));
        Map<String, Object> staff = staffClaims();
        assertRefused(api.get(shopper.path("/me"), sign("jwt-signing-key", staff)));
        assertRefused(api.get("/api/v1/me", sign("jwt-customer-signing-key", staff)));
        assertRefused(api.get("/api/v1/me", shopper.accessToken()));
    }

    private Map<String, Object> staffClaims() {
        try {
            return new HashMap<>(SignedJWT.parse(api.login(brand.login("admin"), BrandFixture.PASSWORD))
                    .getJWTClaimsSet().toJSONObject());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefusedAtShop(Consumer<Map<String, Object>> change) {
        assertRefused(api.get(shopper.path("/me"), forged("jwt-customer-signing-key", change)));
    }

    private static void assertRefused(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).endsWith("/unauthorized");
    }

    private String forged(String key, Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = new HashMap<>(issued);
        change.accept(claims);
        return sign(key, claims);
    }

    private String sign(String key, Map<String, Object> claims) {
        try {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
            claims.forEach((name, value) -> set.claim(name, switch (name) {
                case "exp", "iat", "nbf" -> value instanceof Number seconds ? new Date(seconds.longValue() * 1000)
                        : value;
                default -> value;
            }));
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set.build());
            jwt.sign(new MACSigner(Base64.getDecoder().decode(brands.jdbc()
                    .sql("select value from platform_secret where name = :name").param("name", key)
                    .query(String.class).single())));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
