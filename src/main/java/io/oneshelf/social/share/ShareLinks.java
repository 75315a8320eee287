package io.oneshelf.social.share;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Share links of groups and bargains: their page in the brand's storefront,
 * {@code /shop.html#/{brandCode}/groups/{code}} (or {@code bargains}), with {@code ?from=} the customer who shared it
 * (the attribution a later order can be credited by). Absolute on {@code oneshelf.shop.base-url} when set, else on
 * the origin the caller reached the server at (the controller's to tell: this class knows nothing of HTTP).
 */
@Component
public class ShareLinks {

    /** What a link shows, as its path names it. */
    public enum Kind {
        GROUP("groups"), BARGAIN("bargains");

        private final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    private final String baseUrl;

    ShareLinks(@Value("${oneshelf.shop.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    /**
     * The link to the {@code kind} with share code {@code code}, shared by {@code from} (or nobody); {@code origin}
     * ({@code https://host:port}) is the server's address as the caller reached it, used when no base URL is set.
     */
    public String of(String origin, String brandCode, Kind kind, String code, UUID from) {
        String base = baseUrl.isEmpty() ? origin.replaceAll("/+$", "") : baseUrl;
        return base + "/shop.html#/" + brandCode + "/" + kind.path + "/" + code + (from == null ? "" : "?from=" + from);
    }
}
