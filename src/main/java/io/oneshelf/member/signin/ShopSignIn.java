package io.oneshelf.member.signin;

import io.oneshelf.member.Customer;
import io.oneshelf.member.PhoneNumber;
import io.oneshelf.member.customer.CustomerBook;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.AccessTokens;
import io.oneshelf.platform.security.CustomerTokens;
import io.oneshelf.platform.security.Shopper;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs customers in to a brand's shop by phone and one-time code: the first sign-in of a number registers its
 * customer. Answers a short-lived customer access token and a refresh token that works at this shop only.
 */
@Service
class ShopSignIn {

    static final String SOURCE = "shop-sign-in";

    private final Brands brands;
    private final SignInCodes codes;
    private final CustomerBook customers;
    private final CustomerTokens accessTokens;
    private final CustomerRefreshTokens refreshTokens;
    private final SignInProperties properties;
    private final TransactionTemplate transactions;

    ShopSignIn(Brands brands, SignInCodes codes, CustomerBook customers, CustomerTokens accessTokens,
               CustomerRefreshTokens refreshTokens, SignInProperties properties, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.brands = brands;
        this.codes = codes;
        this.customers = customers;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
    }

    /**
     * Tokens of a signed-in customer.
     *
     * @param firstSignIn whether this sign-in registered the customer (a shop may ask for their name)
     */
    record ShopTokens(String accessToken, String tokenType, long expiresIn, String refreshToken,
                      long refreshExpiresIn, UUID customerId, boolean firstSignIn) {
    }

    SignInCodes.Sent sendCode(String brandCode, String phone) {
        return codes.send(brand(brandCode), number(phone));
    }

    /**
     * The code is checked (and its try spent) in a transaction of its own, so that a refusal still counts; the
     * customer is registered and the tokens issued in the next one.
     */
    ShopTokens signIn(String brandCode, String phone, String code) {
        UUID brandId = brand(brandCode);
        PhoneNumber number = number(phone);
        codes.verify(brandId, number, code);
        return transactions.execute(tx -> issue(brandCode, customers.register(brandId, number, SOURCE)));
    }

    @Transactional(noRollbackFor = Rejection.class)
    ShopTokens refresh(String brandCode, String refreshToken) {
        UUID brandId = brand(brandCode);
        UUID customerId = refreshTokens.use(brandId, refreshToken).orElseThrow(() ->
                new Rejection(Rejection.Kind.UNAUTHORIZED, Message.of("member.sign-in.refresh-invalid")));
        Customer customer = customers.find(brandId, customerId).orElseThrow(() ->
                new Rejection(Rejection.Kind.UNAUTHORIZED, Message.of("member.sign-in.refresh-invalid")));
        return issue(brandCode, new CustomerBook.Registration(customer, false));
    }

    @Transactional
    void signOut(String brandCode, String refreshToken) {
        refreshTokens.revoke(brand(brandCode), refreshToken);
    }

    ShopTokens issue(String brandCode, CustomerBook.Registration registration) {
        Customer customer = registration.customer();
        AccessTokens.IssuedToken access = accessTokens.issue(
                new Shopper(customer.id(), customer.brandId(), customer.phone()), brandCode,
                properties.accessTokenTtl());
        String refresh = refreshTokens.issue(customer.brandId(), customer.id(), properties.refreshTokenTtl());
        return new ShopTokens(access.value(), "Bearer", access.expiresIn(), refresh,
                properties.refreshTokenTtl().toSeconds(), customer.id(), registration.registered());
    }

    UUID brand(String brandCode) {
        return brands.idOf(brandCode).orElseThrow(() -> Rejection.notFound("shop"));
    }

    static PhoneNumber number(String phone) {
        return PhoneNumber.parse(phone).orElseThrow(() -> Rejection.invalid("phone", "member.phone.invalid"));
    }
}
