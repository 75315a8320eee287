package io.oneshelf.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.payment.gateway.PaymentProvider.TradeState;
import io.oneshelf.platform.security.SecretBox;
import io.oneshelf.support.ApiTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A real merchant is a configuration away: the provider configured with a merchant id, serial, key files, API v3
 * key and base URL (here the sandbox's own, written to PEM files as a merchant receives them) opens, queries and
 * closes payments through the official SDK, which verifies every answer's signature. A wrong platform key makes
 * the SDK refuse the gateway's answers.
 */
class ConfiguredMerchantTest extends ApiTest {

    @Autowired
    WechatPayKeys sandboxKeys;

    @Autowired
    ServerAddress address;

    @Autowired
    SecretBox secrets;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path files;

    @Test
    void the_sdk_provider_configured_as_a_real_merchant_talks_to_the_gateway_at_the_configured_address() throws Exception {
        WechatPayAccount sandbox = sandboxKeys.account();
        PaymentProvider provider = configured(sandbox, sandbox.platformKey());
        String outTradeNo = UUID.randomUUID().toString().replace("-", "");

        String codeUrl = provider.prepay(outTradeNo, "configured", 321, OffsetDateTime.now().plusMinutes(5),
                address.notifyUrl());

        assertThat(codeUrl).startsWith(address.loopback() + "/sandbox/wechatpay/pay/wx");
        PaymentProvider.GatewayTransaction unpaid = provider.query(outTradeNo);
        assertThat(unpaid.state()).isEqualTo(TradeState.NOTPAY);
        assertThat(unpaid.amount()).isEqualTo(321);
        assertThat(provider.close(outTradeNo)).isTrue();
        assertThat(provider.query(outTradeNo).state()).isEqualTo(TradeState.CLOSED);
        assertThatThrownBy(() -> provider.query("nosuchorder" + outTradeNo.substring(11)))
                .isInstanceOfSatisfying(PaymentProvider.GatewayRefused.class,
                        e -> assertThat(e.code()).isEqualTo("ORDER_NOT_EXIST"));
    }

    @Test
    void answers_not_signed_by_the_configured_platform_key_are_refused() throws Exception {
        WechatPayAccount sandbox = sandboxKeys.account();
        PaymentProvider provider = configured(sandbox, WechatPayV3.newRsaKey().getPublic());

        // the SDK checks the signature of every 2xx answer (an error answer is refused anyway)
        assertThatThrownBy(() -> provider.prepay(UUID.randomUUID().toString().replace("-", ""), "forged", 100,
                OffsetDateTime.now().plusMinutes(5), address.notifyUrl()))
                .isInstanceOf(PaymentProvider.GatewayUnavailable.class).hasMessageContaining("signature");
    }

    private PaymentProvider configured(WechatPayAccount sandbox, java.security.PublicKey platform) throws Exception {
        Path privateKey = files.resolve("apiclient_key.pem");
        Files.writeString(privateKey, pem("PRIVATE KEY", sandbox.merchantKey().getEncoded()));
        Path publicKey = files.resolve("pub_key.pem");
        Files.writeString(publicKey, pem("PUBLIC KEY", platform.getEncoded()));
        PaymentSettings settings = new PaymentSettings(null, null, null, null,
                new PaymentSettings.WechatPay(sandbox.mchid(), sandbox.appid(), sandbox.merchantSerial(),
                        privateKey.toString(), new String(sandbox.apiV3Key(), StandardCharsets.UTF_8),
                        publicKey.toString(), sandbox.platformKeyId(), address.loopback() + "/sandbox/wechatpay",
                        null),
                null);
        WechatPayKeys keys = new WechatPayKeys(settings, address, brands.jdbc(), secrets, transactions);
        assertThat(keys.account().sandbox()).isFalse();
        return new WechatPayProvider(keys);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
