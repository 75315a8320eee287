package io.oneshelf.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token lifetimes and signed-request tolerances. The token signing key is generated once and kept in the
 * database, so every server instance sharing the database verifies every other's tokens.
 *
 * @param accountCacheTtl how long a staff account's state (enabled, role, scope) is used without reading it
 *                        again; changes are announced to every instance at once, this only bounds a missed one
 * @param openMetricsPort a port on which {@code /actuator/prometheus} needs no sign-in (a management port that
 *                        only monitoring reaches); unset: metrics need the {@code system:metrics} permission
 */
@ConfigurationProperties("oneshelf.security")
public record SecurityProperties(Duration accessTokenTtl, Duration refreshTokenTtl, Duration signatureTolerance,
                                 int maxFailedLogins, Duration lockout, Duration accountCacheTtl,
                                 Integer openMetricsPort) {

    public SecurityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(14) : refreshTokenTtl;
        signatureTolerance = signatureTolerance == null ? Duration.ofMinutes(5) : signatureTolerance;
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        accountCacheTtl = accountCacheTtl == null ? Duration.ofSeconds(5) : accountCacheTtl;
    }
}
