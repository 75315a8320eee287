package io.oneshelf.member.signin;

import io.oneshelf.member.Customer;
import io.oneshelf.member.IdentityKind;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.member.customer.CustomerBook;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.SecretBox;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in to a shop with WeChat (a mini program's {@code wx.login} code, see {@link LoginProvider}): a WeChat user
 * the brand knows (their openid or unionid is a customer's identity) gets tokens at once; one it does not know gets
 * a bind token, and binds a phone (by SMS code, as a phone sign-in) within ten minutes: the customer with that phone
 * (registered now if none) then has the WeChat identities too.
 */
@Service
class WechatSignIn {

    static final String SOURCE = "wechat-sign-in";
    static final Duration BIND_WITHIN = Duration.ofMinutes(10);
    private static final String DIGEST = "member.wechat-binding";

    private final LoginProvider provider;
    private final ShopSignIn shop;
    private final SignInCodes codes;
    private final CustomerBook customers;
    private final JdbcClient jdbc;
    private final SecretBox box;
    private final TransactionTemplate transactions;
    private final SecureRandom random = new SecureRandom();

    WechatSignIn(LoginProvider provider, ShopSignIn shop, SignInCodes codes, CustomerBook customers, JdbcClient jdbc,
                 SecretBox box, TransactionTemplate transactions) {
        this.provider = provider;
        this.shop = shop;
        this.codes = codes;
        this.customers = customers;
        this.jdbc = jdbc;
        this.box = box;
        this.transactions = transactions;
    }

    /** Tokens when the WeChat user is a customer; otherwise a bind token to bind a phone with. */
    record Outcome(boolean bound, ShopSignIn.ShopTokens tokens, String bindToken, Long bindExpiresIn) {
    }

    Outcome signIn(String brandCode, String code) {
        UUID brand = shop.brand(brandCode);
        LoginProvider.ExternalLogin login = provider.exchange(brand, code);
        return transactions.execute(tx -> {
            Optional<Customer> known = customers.findByIdentity(brand, IdentityKind.WECHAT_OPENID, login.openid())
                    .or(() -> login.unionid() == null ? Optional.empty()
                            : customers.findByIdentity(brand, IdentityKind.WECHAT_UNIONID, login.unionid()));
            if (known.isPresent()) {
                link(brand, known.get().id(), login);
                return new Outcome(true, shop.issue(brandCode, new CustomerBook.Registration(known.get(), false)),
                        null, null);
            }
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String token = HexFormat.of().formatHex(bytes);
            jdbc.sql("insert into customer_wechat_binding(id, tenant_id, token_hash, openid, unionid, expires_at)"
                            + " values (:id, :brand, :hash, :openid, :unionid, now() + make_interval(secs => :secs))")
                    .param("id", Ids.next()).param("brand", brand).param("hash", box.digest(DIGEST, token))
                    .param("openid", login.openid()).param("unionid", login.unionid())
                    .param("secs", BIND_WITHIN.toSeconds()).update();
            return new Outcome(false, null, token, BIND_WITHIN.toSeconds());
        });
    }

    /**
     * Binds the phone proven by the SMS code to the WeChat user of the bind token: the phone's customer (registered
     * now if none) gets the openid and unionid, and tokens. A bind token works once.
     */
    ShopSignIn.ShopTokens bind(String brandCode, String bindToken, String phone, String code) {
        UUID brand = shop.brand(brandCode);
        PhoneNumber number = ShopSignIn.number(phone);
        String hash = box.digest(DIGEST, bindToken);
        boolean pending = jdbc.sql("select exists (select 1 from customer_wechat_binding where tenant_id = :brand"
                        + " and token_hash = :hash and used_at is null and expires_at > now())")
                .param("brand", brand).param("hash", hash).query(Boolean.class).single();
        if (!pending) {
            throw refused();
        }
        codes.verify(brand, number, code);
        return transactions.execute(tx -> {
            var binding = jdbc.sql("update customer_wechat_binding set used_at = now() where tenant_id = :brand"
                            + " and token_hash = :hash and used_at is null and expires_at > now()"
                            + " returning openid, unionid")
                    .param("brand", brand).param("hash", hash)
                    .query((rs, n) -> new LoginProvider.ExternalLogin(rs.getString("openid"),
                            rs.getString("unionid"))).optional().orElseThrow(WechatSignIn::refused);
            CustomerBook.Registration registration = customers.register(brand, number, SOURCE);
            link(brand, registration.customer().id(), binding);
            return shop.issue(brandCode, registration);
        });
    }

    private void link(UUID brand, UUID customerId, LoginProvider.ExternalLogin login) {
        customers.link(brand, customerId, IdentityKind.WECHAT_OPENID, login.openid());
        if (login.unionid() != null) {
            customers.link(brand, customerId, IdentityKind.WECHAT_UNIONID, login.unionid());
        }
    }

    private static Rejection refused() {
        Message message = Message.of("member.wechat.bind-token-invalid");
        return new Rejection(Rejection.Kind.BAD_CREDENTIALS, Message.of("problem.field", "bindToken", message),
                List.of(new Rejection.Fault("bindToken", message)));
    }
}
