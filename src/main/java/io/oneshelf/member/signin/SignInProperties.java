package io.oneshelf.member.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How customers sign in to a shop (decision 0025).
 *
 * @param codeTtl         how long a sign-in code works
 * @param codeAttempts    tries per code, the right one included; then the code is spent
 * @param resendAfter     the shortest time between two codes to one phone
 * @param codesPerDay     codes to one phone within any 24 hours
 * @param accessTokenTtl  lifetime of a customer's access token
 * @param refreshTokenTtl lifetime of a customer's refresh token (each use gives a new one)
 */
@ConfigurationProperties("oneshelf.member.sign-in")
record SignInProperties(Duration codeTtl, int codeAttempts, Duration resendAfter, int codesPerDay,
                        Duration accessTokenTtl, Duration refreshTokenTtl) {

    SignInProperties {
        codeTtl = codeTtl == null ? Duration.ofMinutes(5) : codeTtl;
        codeAttempts = codeAttempts <= 0 ? 5 : codeAttempts;
        resendAfter = resendAfter == null ? Duration.ofSeconds(60) : resendAfter;
        codesPerDay = codesPerDay <= 0 ? 10 : codesPerDay;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
    }
}
