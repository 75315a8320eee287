package io.oneshelf.platform.security;

import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The storefront's API: everything under {@code /api/v1/shop/{brandCode}/}, served to customers by a security
 * filter chain of its own that accepts only customer tokens, and only those of the shop in the path. The
 * anonymous paths below (signing in) need no token and take no Idempotency-Key; every other shop path needs a
 * signed-in {@link Shopper}. One list, read by the security chain, the idempotency filter and the published
 * contract alike.
 */
public final class ShopPaths {

    public static final String PREFIX = "/api/v1/shop/";
    /** Every shop path, as a security matcher. */
    public static final String ALL = PREFIX + "**";
    /**
     * Asking for a sign-in code, signing in, refreshing and revoking tokens: no token is read on them (a stale one
     * must not stop a customer from signing in again) and a repeat acts again, as for staff under /api/v1/auth/.
     * Browsing the shelf (categories, products, a product's page, the pickup stores, made-to-order products, a
     * store's pickup slots and the flash sales running) is open to anyone too, as are the group buys and bargain
     * campaigns running, a group or a bargain by its share code and their posters: a friend opens a shared link before
     * signing in.
     */
    public static final List<String> ANONYMOUS = List.of(PREFIX + "*/sign-in/code", PREFIX + "*/sign-in",
            PREFIX + "*/sign-in/wechat", PREFIX + "*/sign-in/wechat/bind",
            PREFIX + "*/token/refresh", PREFIX + "*/sign-out", PREFIX + "*/categories", PREFIX + "*/products",
            PREFIX + "*/products/*", PREFIX + "*/stores", PREFIX + "*/made-to-order", PREFIX + "*/pickup-slots",
            PREFIX + "*/flash-sales", PREFIX + "*/group-buys", PREFIX + "*/group-buys/*", PREFIX + "*/groups/*",
            PREFIX + "*/bargain-campaigns", PREFIX + "*/bargains/*", PREFIX + "*/posters/**",
            PREFIX + "*/shares/*", PREFIX + "*/shares/*/opens");

    private static final List<PathPattern> anonymous = ANONYMOUS.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    private ShopPaths() {
    }

    public static boolean isShop(String path) {
        return path.startsWith(PREFIX);
    }

    /**
     * Whether the path (a request path, or a path template such as {@code /api/v1/shop/{brandCode}/sign-in}) is
     * one of {@link #ANONYMOUS}.
     */
    public static boolean isAnonymous(String path) {
        if (!isShop(path)) {
            return false;
        }
        PathContainer container = PathContainer.parsePath(path);
        return anonymous.stream().anyMatch(p -> p.matches(container));
    }

    /** The brand code a shop path names (its segment after {@link #PREFIX}), decoded; empty outside the shop. */
    static Optional<String> brandCode(String rawPath) {
        if (!isShop(rawPath)) {
            return Optional.empty();
        }
        int end = rawPath.indexOf('/', PREFIX.length());
        String segment = rawPath.substring(PREFIX.length(), end < 0 ? rawPath.length() : end);
        try {
            return Optional.of(UriUtils.decode(segment, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
