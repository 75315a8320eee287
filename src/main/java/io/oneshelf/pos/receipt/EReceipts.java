package io.oneshelf.pos.receipt;

import io.oneshelf.org.Brands;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address a receipt's QR code opens: the order's page in the brand's storefront,
 * {@code /shop.html#/{brandCode}/orders/{orderId}} (as a guide's pay link is). A member signed in sees the order
 * there; anyone else is asked to sign in (or sign up) first, so the printed code offers membership and shows a
 * stranger who picks up the paper nothing. Absolute on {@code oneshelf.shop.base-url} when set (the shop's public
 * address), else on the address the till reached the server at.
 */
@Component
class EReceipts {

    private final Brands brands;
    private final String baseUrl;

    EReceipts(Brands brands, @Value("${oneshelf.shop.base-url:}") String baseUrl) {
        this.brands = brands;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    String url(UUID brandId, UUID orderId, String requestBase) {
        String base = baseUrl.isEmpty() ? requestBase.replaceAll("/+$", "") : baseUrl;
        return base + "/shop.html#/" + brands.codeOf(brandId).orElseThrow() + "/orders/" + orderId;
    }
}
