package io.oneshelf.org.staff;

import io.oneshelf.platform.security.RotatingRefreshTokens;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Staff's refresh tokens ({@link RotatingRefreshTokens}: hashed, rotated on use, the family revoked when a spent one
 * comes back). A staff token names its tenant itself, so it is looked up without one.
 */
@Repository
class RefreshTokens {

    private final RotatingRefreshTokens tokens;

    RefreshTokens(JdbcClient jdbc) {
        this.tokens = new RotatingRefreshTokens(jdbc, "refresh_token", "staff_id");
    }

    String issue(UUID tenantId, UUID staffId, Duration ttl) {
        return tokens.issue(tenantId, staffId, ttl);
    }

    /** Spends a token: the staff id when it was live; revokes the whole family when it was already spent. */
    Optional<UUID> use(String token) {
        return tokens.use(null, token);
    }

    void revoke(String token) {
        tokens.revoke(null, token);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT6M")
    void forgetExpired() {
        tokens.forgetExpired();
    }
}
