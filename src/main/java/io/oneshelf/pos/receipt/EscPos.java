package io.oneshelf.pos.receipt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * The ESC/POS commands a receipt needs, as the thermal printers sold in China understand them: text in GB18030 with
 * the printer's Chinese mode on ({@code FS &}), alignment, bold, character size, a QR code (model 2, printed by the
 * printer itself from its data, so it stays sharp at any module size) and the cut. A builder of bytes; the layout of
 * a receipt is {@link ReceiptPrint}'s.
 */
final class EscPos {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte ESC = 0x1B;
    private static final byte GS = 0x1D;
    private static final byte FS = 0x1C;
    private static final byte LF = 0x0A;
    /** QR error correction level M (15 %): survives a smudge, keeps the code small. */
    private static final byte QR_LEVEL_M = 0x31;

    enum Align { LEFT, CENTER, RIGHT }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** ESC @ resets the printer's modes; FS & turns its Chinese (two-byte GB) mode on. */
    EscPos init() {
        return bytes(ESC, '@', FS, '&');
    }

    EscPos align(Align align) {
        return bytes(ESC, 'a', align.ordinal());
    }

    EscPos bold(boolean on) {
        return bytes(ESC, 'E', on ? 1 : 0);
    }

    /** GS ! : characters {@code width} × {@code height} times their normal size (1–8 each). */
    EscPos size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("size " + width + "x" + height);
        }
        return bytes(GS, '!', (width - 1) << 4 | (height - 1));
    }

    /** The text in GB18030, then a line feed. */
    EscPos line(String text) {
        out.writeBytes(text.getBytes(GB18030));
        return bytes(LF);
    }

    /** ESC d: prints and feeds {@code lines} blank lines. */
    EscPos feed(int lines) {
        return bytes(ESC, 'd', lines);
    }

    /**
     * GS ( k: a model 2 QR code of {@code data} with modules of {@code moduleDots} dots, error correction M: select
     * the model, set the module size and the level, store the data, print it.
     */
    EscPos qr(String data, int moduleDots) {
        byte[] payload = data.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int stored = payload.length + 3;
        if (stored > 0xFFFF) {
            throw new IllegalArgumentException("QR data of " + payload.length + " bytes");
        }
        bytes(GS, '(', 'k', 4, 0, 49, 65, 50, 0);
        bytes(GS, '(', 'k', 3, 0, 49, 67, moduleDots);
        bytes(GS, '(', 'k', 3, 0, 49, 69, QR_LEVEL_M);
        bytes(GS, '(', 'k', stored & 0xFF, stored >> 8, 49, 80, 48);
        out.writeBytes(payload);
        return bytes(GS, '(', 'k', 3, 0, 49, 81, 48);
    }

    /** FS . turns the Chinese mode off again; GS V B 0 feeds the paper to the cutter and cuts it (partial cut). */
    EscPos cut() {
        return bytes(FS, '.', GS, 'V', 66, 0);
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    private EscPos bytes(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }
}
