package io.oneshelf.org.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import io.oneshelf.platform.BatchedDelete;
import io.oneshelf.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Long-lived refresh tokens, stored only as hashes. Each use rotates the token; presenting a token that was
 * already rotated means it leaked, so all of that person's tokens are revoked.
 */
@Repository
class RefreshTokens {

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    RefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(UUID tenantId, UUID staffId, Duration ttl) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into refresh_token(id, tenant_id, staff_id, token_hash, expires_at, created_at)
                values (:id, :tenant, :staff, :hash, now() + make_interval(secs => :secs), now())""")
                .param("id", Ids.next()).param("tenant", tenantId).param("staff", staffId)
                .param("hash", hash(token)).param("secs", ttl.toSeconds())
                .update();
        return token;
    }

    /** Spends a token: the staff id when it was live; revokes the whole family when it was already spent. */
    Optional<UUID> use(String token) {
        Optional<UUID> live = jdbc.sql("""
                update refresh_token set revoked_at = now()
                where token_hash = :hash and revoked_at is null and expires_at > now()
                returning staff_id""")
                .param("hash", hash(token)).query(UUID.class).optional();
        if (live.isEmpty()) {
            jdbc.sql("""
                    update refresh_token set revoked_at = now() where revoked_at is null and staff_id =
                      (select staff_id from refresh_token where token_hash = :hash)""")
                    .param("hash", hash(token)).update();
        }
        return live;
    }

    void revoke(String token) {
        jdbc.sql("update refresh_token set revoked_at = now() where token_hash = :hash and revoked_at is null")
                .param("hash", hash(token)).update();
    }

    /**
     * Tokens a day past their expiry go, spent or not: none can be used any more, and a spent one's reuse (which
     * revokes its family) means little once the family itself has expired. Every sign-in and every refresh adds a
     * row, so without this the table only grew. In batches, safe on several instances (see BatchedDelete).
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT6M")
    void forgetExpired() {
        BatchedDelete.run(jdbc, """
                delete from refresh_token where id in (
                  select id from refresh_token where expires_at < now() - interval '1 day'
                  limit :batch for update skip locked)""", Map.of());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
