package io.oneshelf.catalog.image;

import io.oneshelf.catalog.image.ImageProbe.Size;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * An uploaded file that may become a product picture: not empty, within the size limit, a JPEG, PNG or WebP by
 * its own bytes, with a readable header of sensible dimensions. Its key in the blob store is derived from the
 * tenant and the SHA-256 of the bytes, never from anything the client named.
 */
record CheckedImage(ImageFormat format, byte[] content, String sha256, Size size) {

    static final String FIELD = "file";
    static final int MAX_SIDE = 10_000;

    static CheckedImage of(byte[] content, long maxBytes) {
        if (content.length == 0) {
            throw Rejection.invalid(FIELD, "catalog.image.empty");
        }
        if (content.length > maxBytes) {
            Message message = Message.of("catalog.image.too-large", readable(maxBytes));
            throw new Rejection(Rejection.Kind.CONTENT_TOO_LARGE, Message.of("problem.field", FIELD, message),
                    List.of(new Rejection.Fault(FIELD, message)));
        }
        ImageFormat format = ImageFormat.sniff(content).orElseThrow(() -> {
            Message message = Message.of("catalog.image.format");
            return new Rejection(Rejection.Kind.UNSUPPORTED_MEDIA_TYPE, Message.of("problem.field", FIELD, message),
                    List.of(new Rejection.Fault(FIELD, message)));
        });
        Size size = ImageProbe.size(format, content)
                .orElseThrow(() -> Rejection.invalid(FIELD, "catalog.image.unreadable", format));
        if (size.width() > MAX_SIDE || size.height() > MAX_SIDE) {
            throw Rejection.invalid(FIELD, "catalog.image.too-wide", MAX_SIDE);
        }
        return new CheckedImage(format, content, sha256(content), size);
    }

    String key(UUID tenant) {
        return ImageKeys.of(tenant, sha256, format);
    }

    static String readable(long bytes) {
        long mb = 1024 * 1024;
        if (bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
