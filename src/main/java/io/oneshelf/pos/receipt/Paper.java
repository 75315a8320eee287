package io.oneshelf.pos.receipt;

import io.oneshelf.platform.Rejection;

/**
 * The widths of thermal paper: 58 mm prints 32 columns of the printer's normal font (384 dots), 80 mm 48 (576
 * dots). The QR modules are as large as the paper allows a link of the shop to stay within it.
 */
enum Paper {
    MM58(58, 32, 5),
    MM80(80, 48, 6);

    final int millimetres;
    final int columns;
    final int qrModuleDots;

    Paper(int millimetres, int columns, int qrModuleDots) {
        this.millimetres = millimetres;
        this.columns = columns;
        this.qrModuleDots = qrModuleDots;
    }

    /** The paper of this width in millimetres; {@code INVALID} on {@code width} for any other. */
    static Paper of(int millimetres) {
        for (Paper paper : values()) {
            if (paper.millimetres == millimetres) {
                return paper;
            }
        }
        throw Rejection.invalid("width", "pos.receipt.width");
    }
}
