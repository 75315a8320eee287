package io.oneshelf.member.signin;

import io.oneshelf.platform.security.RotatingRefreshTokens;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Customers' refresh tokens ({@link RotatingRefreshTokens}: hashed, rotated on use, the family revoked when a spent
 * one comes back). A token works only at its own brand's shop.
 */
@Repository
class CustomerRefreshTokens {

    private final RotatingRefreshTokens tokens;

    CustomerRefreshTokens(JdbcClient jdbc) {
        this.tokens = new RotatingRefreshTokens(jdbc, "customer_refresh_token", "customer_id");
    }

    String issue(UUID brandId, UUID customerId, Duration ttl) {
        return tokens.issue(brandId, customerId, ttl);
    }

    /** Spends a token of the brand: its customer when it was live; revokes the whole family when it was spent. */
    Optional<UUID> use(UUID brandId, String token) {
        return tokens.use(brandId, token);
    }

    void revoke(UUID brandId, String token) {
        tokens.revoke(brandId, token);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT8M")
    void forgetExpired() {
        tokens.forgetExpired();
    }
}
