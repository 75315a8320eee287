package io.oneshelf.pos.receipt;

/**
 * Two byte strings side by side in rows of 16, hex and printable ASCII, from a few rows before the first difference:
 * the rows that differ are marked, so a failing receipt test says where and how its bytes went wrong.
 */
final class HexDiff {

    private static final int ROW = 16;
    private static final int CONTEXT_ROWS = 2;
    private static final int MAX_ROWS = 24;

    private HexDiff() {
    }

    static String of(byte[] expected, byte[] actual) {
        int first = 0;
        while (first < expected.length && first < actual.length && expected[first] == actual[first]) {
            first++;
        }
        StringBuilder out = new StringBuilder("expected " + expected.length + " bytes, got " + actual.length
                + "; first difference at offset " + first + "\n");
        int start = Math.max(0, first / ROW - CONTEXT_ROWS) * ROW;
        int end = Math.max(expected.length, actual.length);
        for (int at = start, rows = 0; at < end && rows < MAX_ROWS; at += ROW, rows++) {
            String e = row(expected, at);
            String a = row(actual, at);
            out.append(e.equals(a) ? "  " : "! ").append(String.format("%06x", at)).append(" expected ").append(e)
                    .append('\n');
            if (!e.equals(a)) {
                out.append("         actual   ").append(a).append('\n');
            }
        }
        return out.toString();
    }

    private static String row(byte[] bytes, int at) {
        StringBuilder hex = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = at; i < at + ROW; i++) {
            if (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                hex.append(String.format("%02x ", b));
                text.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
            } else {
                hex.append("   ");
            }
        }
        return hex + " |" + text + "|";
    }
}
