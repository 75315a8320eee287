package io.oneshelf.org.staff;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.AccessTokens;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.platform.security.SecurityProperties;
import io.oneshelf.platform.Message;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs staff in and out. Failed attempts are counted in the database (so the throttle holds across server
 * instances); after too many, the account is locked for a while that doubles with every further failure,
 * and even the right password is refused until it passes.
 */
@Service
class SignIn {

    /** Checked against when the login is unknown, so that both cases take the same time. */
    private final String decoyHash;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final SecurityProperties properties;
    private final AuditLog audit;

    SignIn(JdbcClient jdbc, PasswordEncoder passwords, AccessTokens accessTokens, RefreshTokens refreshTokens,
           SecurityProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.audit = audit;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    /** Tokens handed to a signed-in staff member. */
    record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {
    }

    private record Account(UUID id, UUID tenantId, String displayName, String passwordHash, Role role,
                           ScopeType scopeType, UUID scopeId, boolean active, int failedLogins,
                           OffsetDateTime lockedUntil, long accessVersion) {

        Actor actor() {
            return new Actor(Actor.Kind.STAFF, id, tenantId, displayName, role, scopeType, scopeId);
        }
    }

    @Transactional(noRollbackFor = Rejection.class)
    Tokens login(String login, String password) {
        Optional<Account> found = account("lower(login) = lower(:key)", login);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            throw badCredentials();
        }
        Account account = found.get();
        refuseWhileLocked(account);
        if (!passwords.matches(password, account.passwordHash())) {
            recordFailure(account);
            throw badCredentials();
        }
        if (!account.active()) {
            throw new Rejection(Rejection.Kind.BAD_CREDENTIALS, Message.of("org.sign-in.disabled"));
        }
        jdbc.sql("update staff set failed_logins = 0, locked_until = null, last_login_at = now() where id = :id")
                .param("id", account.id()).update();
        return issue(account);
    }

    @Transactional(noRollbackFor = Rejection.class)
    Tokens refresh(String refreshToken) {
        UUID staffId = refreshTokens.use(refreshToken)
                .orElseThrow(() -> new Rejection(Rejection.Kind.UNAUTHORIZED, Message.of("org.sign-in.refresh-invalid")));
        Account account = account("id = cast(:key as uuid)", staffId.toString())
                .filter(Account::active)
                .orElseThrow(() -> new Rejection(Rejection.Kind.UNAUTHORIZED, Message.of("org.sign-in.account-disabled")));
        return issue(account);
    }

    @Transactional
    void logout(String refreshToken) {
        refreshTokens.revoke(refreshToken);
    }

    @Transactional
    void changePassword(Actor actor, String current, String next) {
        if (actor.kind() != Actor.Kind.STAFF) {
            throw Rejection.forbidden("org.api-client.no-password");
        }
        Account account = account("id = cast(:key as uuid)", actor.id().toString()).orElseThrow();
        if (!passwords.matches(current, account.passwordHash())) {
            throw Rejection.invalid("currentPassword", "org.sign-in.wrong-current-password");
        }
        jdbc.sql("update staff set password_hash = :hash, updated_at = now() where id = :id")
                .param("hash", passwords.encode(next)).param("id", actor.id()).update();
        audit.record(actor, "staff.password-changed", "staff", actor.id(), null, null);
    }

    private Tokens issue(Account account) {
        AccessTokens.IssuedToken access = accessTokens.issue(account.actor(), account.accessVersion());
        String refresh = refreshTokens.issue(account.tenantId(), account.id(), properties.refreshTokenTtl());
        return new Tokens(access.value(), "Bearer", access.expiresIn(), refresh,
                properties.refreshTokenTtl().toSeconds());
    }

    private void refuseWhileLocked(Account account) {
        OffsetDateTime until = account.lockedUntil();
        if (until != null && until.isAfter(OffsetDateTime.now())) {
            long seconds = Math.max(1, Duration.between(OffsetDateTime.now(), until).toSeconds());
            throw Rejection.tooManyRequests(Message.of("org.sign-in.throttled", seconds), seconds);
        }
    }

    private void recordFailure(Account account) {
        int failures = jdbc.sql("""
                update staff set failed_logins = failed_logins + 1 where id = :id returning failed_logins""")
                .param("id", account.id()).query(Integer.class).single();
        int over = failures - properties.maxFailedLogins();
        if (over >= 0) {
            Duration lock = properties.lockout().multipliedBy(1L << Math.min(over, 6));
            jdbc.sql("update staff set locked_until = now() + make_interval(secs => :secs) where id = :id")
                    .param("secs", lock.toSeconds()).param("id", account.id()).update();
            audit.record(account.tenantId(), account.id(), account.displayName(), "staff.locked-out", "staff",
                    account.id(), null, java.util.Map.of("failedLogins", failures, "lockedSeconds", lock.toSeconds()));
        }
    }

    private Optional<Account> account(String condition, String key) {
        return jdbc.sql("select * from staff where " + condition)
                .param("key", key)
                .query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getString("display_name"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                        ScopeType.valueOf(rs.getString("scope_type")), rs.getObject("scope_id", UUID.class),
                        "ACTIVE".equals(rs.getString("status")), rs.getInt("failed_logins"),
                        rs.getObject("locked_until", OffsetDateTime.class), rs.getLong("access_version")))
                .optional();
    }

    private static Rejection badCredentials() {
        return new Rejection(Rejection.Kind.BAD_CREDENTIALS, Message.of("org.sign-in.wrong"));
    }
}
