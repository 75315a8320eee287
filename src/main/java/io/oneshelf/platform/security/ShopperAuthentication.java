package io.oneshelf.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A verified customer token: the shopper and the code of the shop (brand) it was issued for. It grants no
 * authority, so every {@code hasAuthority(…)} check refuses it.
 */
final class ShopperAuthentication extends AbstractAuthenticationToken {

    private final Shopper shopper;
    private final String brandCode;

    ShopperAuthentication(Shopper shopper, String brandCode) {
        super(List.of());
        this.shopper = shopper;
        this.brandCode = brandCode;
        setAuthenticated(true);
    }

    String brandCode() {
        return brandCode;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return shopper;
    }

    @Override
    public String getName() {
        return shopper.customerId().toString();
    }
}
