package io.oneshelf.payment.gateway;

import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * What this server needs to talk to WeChat Pay as a merchant: its ids and signing key, the platform's public key
 * that answers and notifications are verified with, the API v3 key that notifications are encrypted under, and
 * where the API is. The sandbox's, made on first use, unless a real merchant is configured.
 */
public record WechatPayAccount(String mchid, String appid, String merchantSerial, PrivateKey merchantKey,
                               String platformKeyId, PublicKey platformKey, byte[] apiV3Key, String baseUrl,
                               boolean sandbox) {

    @Override
    public String toString() {
        return "WechatPayAccount[" + mchid + (sandbox ? ", sandbox" : "") + ", " + baseUrl + "]";
    }
}
