package io.oneshelf.platform.web;

import java.util.List;

/**
 * One page of a list ordered by time (newest first unless asked otherwise), with opaque cursors to the next
 * page (further in the list's order) and to the previous one (back towards its start); each is {@code null}
 * where the list ends. Built by {@link TimeWindow#page}.
 */
public record TimePage<T>(List<T> items, String nextCursor, String previousCursor) {
}
