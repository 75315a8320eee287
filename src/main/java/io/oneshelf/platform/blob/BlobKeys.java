package io.oneshelf.platform.blob;

import java.util.regex.Pattern;

/** The shape every blob key must have, so that no key can climb out of the store's folder or bucket. */
public final class BlobKeys {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    private BlobKeys() {
    }

    public static boolean valid(String key) {
        if (key == null || key.isEmpty() || key.length() > 512) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    static String require(String key) {
        if (!valid(key)) {
            throw new IllegalArgumentException("not a valid blob key: " + key);
        }
        return key;
    }
}
