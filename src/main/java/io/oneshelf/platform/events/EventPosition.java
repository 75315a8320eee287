package io.oneshelf.platform.events;

import java.util.regex.Pattern;

/**
 * A place in the event log: the writing transaction and the order within all writes. Readers go forward from a
 * position; an opaque token ({@code 1234-56}) carries it in cursors and relay offsets.
 */
public record EventPosition(long tx, long seq) implements Comparable<EventPosition> {

    /** Before every event. */
    public static final EventPosition START = new EventPosition(0, 0);

    private static final Pattern TOKEN = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    /** The position a token names, or null if the text is not a token. */
    public static EventPosition parse(String token) {
        var m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            return new EventPosition(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String token() {
        return tx + "-" + seq;
    }

    @Override
    public int compareTo(EventPosition o) {
        int byTx = Long.compare(tx, o.tx);
        return byTx != 0 ? byTx : Long.compare(seq, o.seq);
    }
}
