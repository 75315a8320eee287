package io.oneshelf.fulfillment.pickup;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pickup's QR code says and its picture. The content is {@code oneshelf:pickup:<orderId>:<code>}: the
 * order and its code together, so a scan finds exactly that order even after its six digits were drawn again for
 * a later one. It holds nothing a stranger could use: only staff of the pickup's store can verify it.
 */
final class PickupQr {

    static final int MIN_SIZE = io.oneshelf.platform.web.QrCodes.MIN_SIZE;
    static final int MAX_SIZE = io.oneshelf.platform.web.QrCodes.MAX_SIZE;
    private static final String PREFIX = "oneshelf:pickup:";
    private static final Pattern CONTENT = Pattern.compile(
            "^oneshelf:pickup:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}):([0-9]{6})$");

    private PickupQr() {
    }

    /** The order id and the code a scan read. */
    record Content(UUID orderId, String code) {
    }

    static String content(UUID orderId, String code) {
        return PREFIX + orderId + ":" + code;
    }

    /** What a scanner read, if it is a pickup QR of OneShelf. */
    static Optional<Content> read(String scanned) {
        Matcher m = CONTENT.matcher(scanned.trim());
        return m.matches() ? Optional.of(new Content(UUID.fromString(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** The QR image of {@code content} as PNG, {@code size} pixels square (kept within 120–1024), with its margin. */
    static byte[] png(String content, int size) {
        return io.oneshelf.platform.web.QrCodes.png(content, size);
    }
}
