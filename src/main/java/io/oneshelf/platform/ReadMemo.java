package io.oneshelf.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads repeated within one piece of work, read once: inside {@link #during}, {@link #get} keeps each key's value
 * for the rest of that work on this thread; outside it every call reads. For work that reads the same reference data
 * from several of its steps and writes none of it meanwhile: placing an order checks its store, then routes from it,
 * and reads the brand's order settings for its expiry and its shipping fee.
 */
public final class ReadMemo {

    private static final ThreadLocal<Map<Object, Object>> VALUES = new ThreadLocal<>();

    private ReadMemo() {
    }

    /** Runs the work with reads kept until it ends (within an enclosing one: that one's). */
    public static <T> T during(Supplier<T> work) {
        if (VALUES.get() != null) {
            return work.get();
        }
        VALUES.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            VALUES.remove();
        }
    }

    /** The value read for this key earlier in the same work, or read now (and kept when within one). */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> read) {
        Map<Object, Object> values = VALUES.get();
        if (values == null) {
            return read.get();
        }
        if (values.containsKey(key)) {
            return (T) values.get(key);
        }
        T value = read.get();
        values.put(key, value);
        return value;
    }
}
