package io.oneshelf.member.signin;

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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Customers' refresh tokens, stored only as hashes (32 random bytes need no key: nobody can try them all). Each use
 * rotates the token; presenting one already spent means it leaked, so all of that customer's tokens are revoked.
 * A token works only at its own brand's shop.
 */
@Repository
class CustomerRefreshTokens {

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    CustomerRefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(UUID brandId, UUID customerId, Duration ttl) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into customer_refresh_token(id, tenant_id, customer_id, token_hash, expires_at,
                                                           created_at)
                        values (:id, :brand, :customer, :hash, now() + make_interval(secs => :secs), now())""")
                .param("id", Ids.next()).param("brand", brandId).param("customer", customerId)
                .param("hash", hash(token)).param("secs", ttl.toSeconds()).update();
        return token;
    }

    /** Spends a token of the brand: its customer when it was live; revokes the whole family when it was spent. */
    Optional<UUID> use(UUID brandId, String token) {
        Optional<UUID> live = jdbc.sql("""
                        update customer_refresh_token set revoked_at = now()
                        where token_hash = :hash and tenant_id = :brand and revoked_at is null and expires_at > now()
                        returning customer_id""")
                .param("hash", hash(token)).param("brand", brandId).query(UUID.class).optional();
        if (live.isEmpty()) {
            jdbc.sql("""
                    update customer_refresh_token set revoked_at = now()
                    where tenant_id = :brand and revoked_at is null and customer_id =
                      (select customer_id from customer_refresh_token
                       where token_hash = :hash and tenant_id = :brand)""")
                    .param("hash", hash(token)).param("brand", brandId).update();
        }
        return live;
    }

    void revoke(UUID brandId, String token) {
        jdbc.sql("update customer_refresh_token set revoked_at = now()"
                        + " where token_hash = :hash and tenant_id = :brand and revoked_at is null")
                .param("hash", hash(token)).param("brand", brandId).update();
    }

    /** Tokens a day past their expiry go, spent or not (as staff's refresh tokens do). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT8M")
    void forgetExpired() {
        BatchedDelete.run(jdbc, """
                delete from customer_refresh_token where id in (
                  select id from customer_refresh_token where expires_at < now() - interval '1 day'
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
