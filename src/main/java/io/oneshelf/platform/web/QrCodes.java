package io.oneshelf.platform.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** QR code pictures (ZXing) of what a phone is to scan: a pickup's code, a pay link. */
public final class QrCodes {

    /** The smallest and largest sides of a picture, in pixels. */
    public static final int MIN_SIZE = 120;
    public static final int MAX_SIZE = 1024;

    private QrCodes() {
    }

    /** The QR image of {@code content} as PNG, {@code size} pixels square (kept within 120–1024), with its margin. */
    public static byte[] png(String content, int size) {
        int side = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, side, side,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
