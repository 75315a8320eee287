package io.oneshelf.payment.sandbox;

import java.security.SecureRandom;

/** Numbers in the shape WeChat Pay gives them (transaction ids 4200…, refund ids 50…). */
final class WechatIds {

    private static final SecureRandom random = new SecureRandom();

    private WechatIds() {
    }

    static String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
