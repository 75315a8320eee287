package io.oneshelf.payment.gateway;

import io.oneshelf.platform.security.SecretBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The WeChat Pay keys of this deployment. With {@code oneshelf.payment.wechatpay.merchant-id} set, the real
 * merchant's, read from the configured files; otherwise the sandbox's: one sandbox merchant and one sandbox
 * platform key pair per deployment, made on first use by whichever instance comes first and kept in the
 * database, private keys and the API v3 key sealed with the {@link SecretBox} (so a copy of the database alone
 * does not give them away, and every instance sharing the secret key reads the same).
 */
@Component
public class WechatPayKeys {

    /** The sandbox merchant's number and app id (the format of real ones, a range WeChat Pay does not give out). */
    public static final String SANDBOX_MCHID = "1900000109";
    static final String SANDBOX_APPID = "wxd678efh567hg6787";

    /** The sandbox's side of the keys: what the gateway signs with and checks merchants' requests against. */
    public record SandboxSecrets(String mchid, String appid, String merchantSerial, PublicKey merchantKey,
                                 String platformKeyId, PrivateKey platformKey, byte[] apiV3Key) {
    }

    private final PaymentSettings settings;
    private final ServerAddress address;
    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final TransactionTemplate own;
    private volatile WechatPayAccount real;
    private volatile Stored stored;

    WechatPayKeys(PaymentSettings settings, ServerAddress address, JdbcClient jdbc, SecretBox secrets,
                  PlatformTransactionManager transactions) {
        this.settings = settings;
        this.own = new TransactionTemplate(transactions);
        // made in a transaction of their own: a caller's rollback must not take keys that are already in use
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.address = address;
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** The merchant account this server pays and refunds with. */
    public WechatPayAccount account() {
        if (settings.wechatpay().configured()) {
            if (real == null) {
                real = configured(settings.wechatpay());
            }
            return real;
        }
        Stored s = sandboxRow();
        return new WechatPayAccount(s.mchid, s.appid, s.merchantSerial, WechatPayV3.privateKey(s.merchantPrivate),
                s.platformKeyId, WechatPayV3.publicKey(s.platformPublic), s.apiV3Key.getBytes(StandardCharsets.UTF_8),
                address.loopback() + "/sandbox/wechatpay", true);
    }

    /** The sandbox gateway's keys (made on first use). */
    public SandboxSecrets sandbox() {
        Stored s = sandboxRow();
        return new SandboxSecrets(s.mchid, s.appid, s.merchantSerial, WechatPayV3.publicKey(s.merchantPublic),
                s.platformKeyId, WechatPayV3.privateKey(s.platformPrivate),
                s.apiV3Key.getBytes(StandardCharsets.UTF_8));
    }

    private static WechatPayAccount configured(PaymentSettings.WechatPay w) {
        byte[] apiV3Key = w.apiV3Key() == null ? new byte[0] : w.apiV3Key().getBytes(StandardCharsets.UTF_8);
        if (apiV3Key.length != 32) {
            throw new IllegalStateException("oneshelf.payment.wechatpay.api-v3-key must be 32 characters");
        }
        return new WechatPayAccount(w.merchantId(), w.appId(), w.merchantSerial(),
                WechatPayV3.privateKey(read(w.privateKeyPath(), "private-key-path")), w.platformPublicKeyId(),
                WechatPayV3.publicKey(read(w.platformPublicKeyPath(), "platform-public-key-path")), apiV3Key,
                w.baseUrl().replaceAll("/+$", ""), false);
    }

    private static String read(String path, String property) {
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("oneshelf.payment.wechatpay." + property + " is not set");
        }
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read oneshelf.payment.wechatpay." + property + " " + path, e);
        }
    }

    /** The sandbox's row, opened; two instances starting together make one (the second insert does nothing). */
    private Stored sandboxRow() {
        Stored s = stored;
        if (s != null) {
            return s;
        }
        stored = own.execute(tx -> {
            Optional<Stored> found = load();
            if (found.isEmpty()) {
                create();
                found = load();
            }
            return found.orElseThrow();
        });
        return stored;
    }

    private Optional<Stored> load() {
        return jdbc.sql("select * from wechatpay_sandbox_keys where mchid = :mchid").param("mchid", SANDBOX_MCHID)
                .query((rs, n) -> new Stored(rs.getString("mchid"), rs.getString("appid"),
                        rs.getString("merchant_serial"),
                        secrets.open(rs.getString("merchant_private_key"), owner("merchant-key")),
                        rs.getString("merchant_public_key"), rs.getString("platform_key_id"),
                        secrets.open(rs.getString("platform_private_key"), owner("platform-key")),
                        rs.getString("platform_public_key"),
                        secrets.open(rs.getString("api_v3_key"), owner("api-v3-key"))))
                .optional();
    }

    private void create() {
        KeyPair merchant = WechatPayV3.newRsaKey();
        KeyPair platform = WechatPayV3.newRsaKey();
        String apiV3Key = WechatPayV3.nonce(32);
        jdbc.sql("""
                insert into wechatpay_sandbox_keys(mchid, appid, merchant_serial, merchant_private_key,
                    merchant_public_key, platform_key_id, platform_private_key, platform_public_key, api_v3_key)
                values (:mchid, :appid, :serial, :mpriv, :mpub, :pid, :ppriv, :ppub, :v3)
                on conflict (mchid) do nothing""")
                .param("mchid", SANDBOX_MCHID).param("appid", SANDBOX_APPID)
                .param("serial", WechatPayV3.nonce(40))
                .param("mpriv", secrets.seal(WechatPayV3.base64(merchant.getPrivate()), owner("merchant-key")))
                .param("mpub", WechatPayV3.base64(merchant.getPublic()))
                .param("pid", "PUB_KEY_ID_" + WechatPayV3.nonce(32))
                .param("ppriv", secrets.seal(WechatPayV3.base64(platform.getPrivate()), owner("platform-key")))
                .param("ppub", WechatPayV3.base64(platform.getPublic()))
                .param("v3", secrets.seal(apiV3Key, owner("api-v3-key")))
                .update();
    }

    private static String owner(String what) {
        return "wechatpay-sandbox:" + SANDBOX_MCHID + ":" + what;
    }

    private record Stored(String mchid, String appid, String merchantSerial, String merchantPrivate,
                          String merchantPublic, String platformKeyId, String platformPrivate, String platformPublic,
                          String apiV3Key) {
    }
}
