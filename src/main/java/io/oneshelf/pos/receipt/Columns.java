package io.oneshelf.pos.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out in the columns of a thermal printer in Chinese mode: an ASCII character takes one column, any other
 * (a GB two-byte character: Chinese, full-width punctuation) two. Characters outside the printers' two-byte GB set
 * (GB18030's four-byte ones: emoji, rare characters) print as "?", and control characters as spaces, so that a
 * name never breaks the layout or the printer.
 */
final class Columns {

    private Columns() {
    }

    /** The text as the printer can print it. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(cp < 0x20 || cp == 0x7F ? ' '
                : cp < 0x80 || Character.toString(cp).getBytes(EscPos.GB18030).length == 2 ? cp : '?'));
        return out.toString();
    }

    /** The columns a printable text takes. */
    static int width(String text) {
        return text.codePoints().map(cp -> cp < 0x80 ? 1 : 2).sum();
    }

    /** The text broken into lines of at most {@code columns}, a character never split (at least one per line). */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int cp : text.codePoints().toArray()) {
            int w = cp < 0x80 ? 1 : 2;
            if (used + w > columns && used > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += w;
        }
        if (used > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code left} and {@code right} on one line of {@code columns}, the right one flush right; when they do not fit
     * with a space between, the left one on its own line(s) and the right one flush right below.
     */
    static List<String> spread(String left, String right, int columns) {
        int gap = columns - width(left) - width(right);
        if (gap >= 1) {
            return List.of(left + " ".repeat(gap) + right);
        }
        List<String> lines = new ArrayList<>(wrap(left, columns));
        lines.add(" ".repeat(Math.max(0, columns - width(right))) + right);
        return lines;
    }

    /** Fen as yuan with two decimals: 1234 → "12.34", -200 → "-2.00". */
    static String yuan(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + abs / 100 + "." + String.format("%02d", abs % 100);
    }
}
