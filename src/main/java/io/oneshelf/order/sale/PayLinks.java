package io.oneshelf.order.sale;

import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.OrderView;
import io.oneshelf.org.Brands;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The link a guide sends a customer to pay their order (代客下單): the order's page in the brand's storefront,
 * {@code /shop.html#/{brandCode}/orders/{orderId}}, where the signed-in customer sees the order and pays it. The
 * link names only the order: opening it needs the customer's own sign-in, so a forwarded link shows a stranger
 * nothing. Absolute on {@code oneshelf.shop.base-url} when set (the shop's public address behind a proxy), else on
 * the address the guide reached the server at.
 */
@Component
class PayLinks {

    private final Brands brands;
    private final String baseUrl;

    PayLinks(Brands brands, @Value("${oneshelf.shop.base-url:}") String baseUrl) {
        this.brands = brands;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    /** An order's pay link; {@code requestBase} is the scheme, host and port the caller used. */
    PayLink of(OrderView order, String requestBase) {
        String code = brands.codeOf(order.brandId()).orElseThrow();
        String path = "/shop.html#/" + code + "/orders/" + order.id();
        String base = baseUrl.isEmpty() ? requestBase.replaceAll("/+$", "") : baseUrl;
        return new PayLink(order.id(), order.number(), order.status(), order.status() == OrderStatus.CREATED,
                order.total(), order.outstanding(), order.expiresAt(), path, base + path,
                "/api/v1/orders/" + order.id() + "/pay-link/qr.png");
    }

    /**
     * An order's pay link: {@code url} to send or show as a QR code, {@code payable} while the order waits for
     * payment (until {@code expiresAt}, when an unpaid order is cancelled), the amounts in fen.
     */
    @Schema(name = "PayLink")
    record PayLink(UUID orderId, String number, OrderStatus status, boolean payable, long total, long outstanding,
                   OffsetDateTime expiresAt,
                   @Schema(description = "The storefront page of the order, from the site root") String path,
                   @Schema(description = "The absolute link the customer opens") String url,
                   @Schema(description = "The QR image of url (needs the staff token)") String qrImage) {
    }
}
