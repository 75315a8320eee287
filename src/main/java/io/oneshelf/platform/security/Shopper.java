package io.oneshelf.platform.security;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A signed-in customer of a brand's shop, as a customer access token names them ({@link CustomerTokens}). Only
 * requests under {@code /api/v1/shop/{brandCode}/} have one, and only for the shop of their own brand: a shopper is
 * never an {@link Actor} and has no role, so no staff endpoint and no permission check ever accepts one.
 *
 * @param phone the customer's mobile number as it was at sign-in (11 digits, normalised)
 */
public record Shopper(UUID customerId, UUID brandId, String phone) {

    /** The signed-in customer of the current request; every shop endpoint but signing in has one. */
    public static Shopper current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Shopper shopper) {
            return shopper;
        }
        throw new Rejection(Rejection.Kind.UNAUTHORIZED, Message.of("problem.sign-in-first"));
    }
}
