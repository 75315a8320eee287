package io.oneshelf.payment.sandbox;

import java.util.regex.Pattern;

/**
 * The sandbox's payment codes (付款碼) and its rules for them, so that a till can be tested against every outcome:
 * a code is 18 digits starting 10–15, as WeChat's are (anything else is refused {@code AUTH_CODE_INVALID}); its
 * digits 3–10 name the payer (openid {@code o-sandbox-<digits 3–10>}: the same person whatever the one-time rest,
 * as a phone's changing codes are one WeChat user's); a code ending {@code 0000} is declined {@code NOT_ENOUGH}
 * (the payer's balance is short). Every other code pays.
 */
final class SandboxCodes {

    private static final Pattern CODE = Pattern.compile("1[0-5]\\d{16}");

    private SandboxCodes() {
    }

    record Payer(String openid) {
    }

    static Payer payer(String authCode) {
        if (authCode == null || !CODE.matcher(authCode).matches()) {
            throw new SandboxGateway.Refusal(400, "AUTH_CODE_INVALID", "付款码无效 (not a WeChat payment code)");
        }
        if (authCode.endsWith("0000")) {
            throw new SandboxGateway.Refusal(403, "NOT_ENOUGH", "用户余额不足 (the payer's balance is short)");
        }
        return new Payer("o-sandbox-" + authCode.substring(2, 10));
    }
}
