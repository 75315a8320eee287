package io.oneshelf.catalog.image;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How product pictures are named in the blob store and on the web: {@code <tenant>/<sha-256>.<ext>} in the store
 * and {@code /media/images/<tenant>/<sha-256>.<ext>} publicly. Same bytes, same name: the URL of a picture never
 * shows other content, so browsers and CDNs may cache it for good.
 */
final class ImageKeys {

    static final String URL_PREFIX = "/media/images/";
    private static final Pattern KEY = Pattern.compile(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/([0-9a-f]{64})\\.(jpg|png|webp)");

    private ImageKeys() {
    }

    static String of(UUID tenant, String sha256, ImageFormat format) {
        return tenant + "/" + sha256 + "." + format.extension();
    }

    static String url(String key) {
        return URL_PREFIX + key;
    }

    /** A key as the public URL names it, if it has exactly the shape this class gives keys. */
    static Optional<Parsed> parse(String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return ImageFormat.ofExtension(m.group(3)).map(f -> new Parsed(key, m.group(2), f));
    }

    /** A well-formed key with its content hash and format. */
    record Parsed(String key, String sha256, ImageFormat format) {
    }
}
