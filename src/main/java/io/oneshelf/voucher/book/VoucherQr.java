package io.oneshelf.voucher.book;

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
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A voucher's code and QR: twelve random digits (a strong generator; 10¹² codes, so guessing one is hopeless and
 * needs no throttle), and a QR of {@code oneshelf:voucher:<id>:<code>}, read back by the redemption screen.
 */
final class VoucherQr {

    static final int MIN_SIZE = 120;
    static final int MAX_SIZE = 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CONTENT = Pattern.compile("^oneshelf:voucher:([0-9a-fA-F-]{36}):([0-9]{12})$");

    private VoucherQr() {
    }

    static String newCode() {
        return "%06d%06d".formatted(RANDOM.nextInt(1_000_000), RANDOM.nextInt(1_000_000));
    }

    static String content(UUID id, String code) {
        return "oneshelf:voucher:" + id + ":" + code;
    }

    /** The code a scanned QR holds, if it is a voucher QR of OneShelf. */
    static Optional<String> codeOf(String scanned) {
        Matcher m = CONTENT.matcher(scanned.trim());
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    static byte[] png(String content, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
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
