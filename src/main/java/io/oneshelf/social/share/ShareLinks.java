package io.oneshelf.social.share;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Share links of groups and bargains: their page in the brand's storefront,
 * {@code /shop.html#/{brandCode}/groups/{code}} (or {@code bargains}), with {@code ?from=} the customer who shared it
 * (the attribution a later order can be credited by). Absolute on {@code oneshelf.shop.base-url} when set, else on
 * the address the caller reached the server at.
 */
@Component
public class ShareLinks {

    private final String baseUrl;

    ShareLinks(@Value("${oneshelf.shop.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    /** The link to {@code kind} ({@code groups}, {@code bargains}) {@code code}, shared by {@code from} (or nobody). */
    public String of(HttpServletRequest request, String brandCode, String kind, String code, UUID from) {
        String base = baseUrl.isEmpty() ? request.getScheme() + "://" + request.getServerName() + ":"
                                          + request.getServerPort() : baseUrl;
        return base + "/shop.html#/" + brandCode + "/" + kind + "/" + code + (from == null ? "" : "?from=" + from);
    }
}
