package io.oneshelf.platform.security;

import io.oneshelf.platform.BatchedDelete;
import io.oneshelf.platform.Ids;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Long-lived refresh tokens of one kind of holder (staff, customers), stored only as hashes: 32 random bytes need no
 * key, nobody can try them all. Each use rotates the token; presenting one already spent means it leaked, so all of
 * that holder's tokens are revoked. Each kind has its own table with the columns {@code id, tenant_id, <holder>,
 * token_hash, expires_at, created_at, revoked_at}; the table and column names are the caller's constants, never
 * input.
 */
public final class RotatingRefreshTokens {

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;
    private final String table;
    private final String holder;

    public RotatingRefreshTokens(JdbcClient jdbc, String table, String holderColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.holder = holderColumn;
    }

    public String issue(UUID tenantId, UUID holderId, Duration ttl) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into " + table + " (id, tenant_id, " + holder + ", token_hash, expires_at, created_at)"
                        + " values (:id, :tenant, :holder, :hash, now() + make_interval(secs => :secs), now())")
                .param("id", Ids.next()).param("tenant", tenantId).param("holder", holderId)
                .param("hash", hash(token)).param("secs", ttl.toSeconds()).update();
        return token;
    }

    /**
     * Spends a token: its holder when it was live; revokes the holder's whole family when it was already spent. With
     * a tenant, a token of another tenant is not recognised (a customer's token works only at its brand's shop).
     */
    public Optional<UUID> use(UUID tenantId, String token) {
        Optional<UUID> live = jdbc.sql("update " + table + " set revoked_at = now()"
                        + " where token_hash = :hash and revoked_at is null and expires_at > now()" + ofTenant(tenantId)
                        + " returning " + holder)
                .param("hash", hash(token)).params(tenant(tenantId)).query(UUID.class).optional();
        if (live.isEmpty()) {
            jdbc.sql("update " + table + " set revoked_at = now() where revoked_at is null" + ofTenant(tenantId)
                            + " and " + holder + " = (select " + holder + " from " + table
                            + " where token_hash = :hash" + ofTenant(tenantId) + ")")
                    .param("hash", hash(token)).params(tenant(tenantId)).update();
        }
        return live;
    }

    public void revoke(UUID tenantId, String token) {
        jdbc.sql("update " + table + " set revoked_at = now() where token_hash = :hash and revoked_at is null"
                        + ofTenant(tenantId))
                .param("hash", hash(token)).params(tenant(tenantId)).update();
    }

    /**
     * Tokens a day past their expiry go, spent or not: none can be used any more, and a spent one's reuse (which
     * revokes its family) means little once the family itself has expired. Every sign-in and every refresh adds a
     * row, so without this the table only grew. In batches, safe on several instances (see BatchedDelete).
     */
    public void forgetExpired() {
        BatchedDelete.run(jdbc, "delete from " + table + " where id in (select id from " + table
                + " where expires_at < now() - interval '1 day' limit :batch for update skip locked)", Map.of());
    }

    private static String ofTenant(UUID tenantId) {
        return tenantId == null ? "" : " and tenant_id = :tenant";
    }

    private static Map<String, Object> tenant(UUID tenantId) {
        return tenantId == null ? Map.of() : Map.of("tenant", tenantId);
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
