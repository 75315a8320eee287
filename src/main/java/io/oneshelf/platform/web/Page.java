package io.oneshelf.platform.web;

import io.oneshelf.platform.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of a list, with an opaque cursor for the next page ({@code null} on the last page). Lists are
 * ordered by id; ids are time-ordered, so the cursor is the last id seen and pages never skip or repeat rows
 * when rows are added meanwhile.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Builds a page from {@code limit + 1} fetched rows: the extra row only tells that another page exists. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, UUID> idOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), encode(idOf.apply(items.get(limit - 1))));
    }

    /** The same page with every item turned into another shape, e.g. a domain value into its answer. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw Rejection.invalid("limit", "validation.range", 1, MAX_LIMIT);
        }
        return requested;
    }

    /** The id after which the next page starts; the nil UUID (before every id) for the first page. */
    public static UUID after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new UUID(0, 0);
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("cursor", "problem.cursor.unknown");
        }
    }

    private static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
