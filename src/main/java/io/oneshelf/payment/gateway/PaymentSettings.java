package io.oneshelf.payment.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the payment module ({@code oneshelf.payment.*}).
 *
 * @param notifyBaseUrl   where gateways reach this server (scheme, host, port); the notify URL is this plus
 *                        {@code /api/v1/payments/notify/wechatpay}. Unset: this server's own loopback address
 * @param notifyTolerance how far a notification's timestamp may be from now (replay window)
 * @param queryAfter      a pending gateway payment older than this is asked about actively
 * @param queryEvery      how often the active query job runs, and how long one instance keeps a payment leased
 * @param wechatpay       a real WeChat Pay merchant; unset merchant id: the sandbox gateway is the provider
 * @param sandbox         the sandbox gateway served by this server
 */
@ConfigurationProperties("oneshelf.payment")
public record PaymentSettings(String notifyBaseUrl, Duration notifyTolerance, Duration queryAfter, Duration queryEvery,
                              WechatPay wechatpay, Sandbox sandbox) {

    public PaymentSettings {
        notifyTolerance = notifyTolerance == null ? Duration.ofMinutes(5) : notifyTolerance;
        queryAfter = queryAfter == null ? Duration.ofSeconds(60) : queryAfter;
        queryEvery = queryEvery == null ? Duration.ofSeconds(30) : queryEvery;
        wechatpay = wechatpay == null ? new WechatPay(null, null, null, null, null, null, null, null, null) : wechatpay;
        sandbox = sandbox == null ? new Sandbox(null, null) : sandbox;
    }

    /**
     * A real merchant account at WeChat Pay, by its public-key verification (微信支付公钥).
     *
     * @param merchantId          商户号 (mchid); setting it switches from the sandbox to this merchant
     * @param appId               the AppID the merchant pays under
     * @param merchantSerial      the serial number of the merchant's API certificate
     * @param privateKeyPath      the merchant's API private key (apiclient_key.pem, PKCS#8)
     * @param apiV3Key            the API v3 key (32 characters) that notifications are encrypted under
     * @param platformPublicKeyPath the WeChat Pay public key (pub_key.pem) that answers and notifications are
     *                            signed with
     * @param platformPublicKeyId its id (PUB_KEY_ID_…), sent as Wechatpay-Serial
     * @param baseUrl             the API's address; default https://api.mch.weixin.qq.com
     * @param payTimeout          how long a customer has to pay a gateway payment
     */
    public record WechatPay(String merchantId, String appId, String merchantSerial, String privateKeyPath,
                            String apiV3Key, String platformPublicKeyPath, String platformPublicKeyId,
                            String baseUrl, Duration payTimeout) {

        public WechatPay {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.mch.weixin.qq.com" : baseUrl;
            payTimeout = payTimeout == null ? Duration.ofMinutes(15) : payTimeout;
        }

        public boolean configured() {
            return merchantId != null && !merchantId.isBlank();
        }
    }

    /**
     * @param enabled     whether this server serves the sandbox gateway under /sandbox/wechatpay (turn it off in
     *                    production once a real merchant is configured)
     * @param notifyRetry the sandbox's wait before sending a notification again that was not answered 2xx
     */
    public record Sandbox(Boolean enabled, Duration notifyRetry) {

        public Sandbox {
            enabled = enabled == null || enabled;
            notifyRetry = notifyRetry == null ? Duration.ofSeconds(15) : notifyRetry;
        }
    }
}
