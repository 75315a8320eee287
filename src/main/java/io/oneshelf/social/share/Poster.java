package io.oneshelf.social.share;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A share poster (分享海报) drawn by the server with Java2D: the product's picture when there is one (else a plain
 * band), its name, the campaign's line and price, and the QR code of the share link (ZXing, as the pickup and pay
 * codes are drawn) with who shared it in the link, so that a scan is attributed. 600 × 900 PNG. Chinese text needs a
 * CJK font on the server: the first installed font that can show the text is used (a logical font otherwise).
 */
public final class Poster {

    public static final int WIDTH = 600;
    public static final int HEIGHT = 900;
    private static final Color ACCENT = new Color(0xE4, 0x39, 0x3C);

    private Poster() {
    }

    /** What the poster shows; {@code picture} may be null. */
    public record Content(BufferedImage picture, String productName, String line, long priceFen, long wasFen,
                          String link) {
    }

    public static byte[] png(Content c) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            if (c.picture() != null) {
                g.drawImage(c.picture(), 0, 0, WIDTH, 420, null);
            } else {
                g.setColor(new Color(0xF6, 0xF1, 0xEA));
                g.fillRect(0, 0, WIDTH, 420);
            }
            text(g, c.productName(), Font.BOLD, 32, Color.DARK_GRAY, 470);
            text(g, c.line(), Font.PLAIN, 26, ACCENT, 515);
            text(g, "¥" + yuan(c.priceFen()), Font.BOLD, 44, ACCENT, 575);
            if (c.wasFen() > c.priceFen()) {
                text(g, "¥" + yuan(c.wasFen()), Font.PLAIN, 22, Color.GRAY, 610);
            }
            g.drawImage(qr(c.link(), 240), WIDTH - 270, HEIGHT - 270, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void text(Graphics2D g, String text, int style, int size, Color color, int baseline) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.setFont(fontFor(text, style, size));
        g.setColor(color);
        g.drawString(text, 30, baseline);
    }

    /** The first installed font that can show all of {@code text}; the logical sans-serif font otherwise. */
    static Font fontFor(String text, int style, int size) {
        Font logical = new Font(Font.SANS_SERIF, style, size);
        if (logical.canDisplayUpTo(text) < 0) {
            return logical;
        }
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .map(f -> new Font(f, style, size)).filter(f -> f.canDisplayUpTo(text) < 0).findFirst()
                .orElse(logical);
    }

    private static BufferedImage qr(String link, int side) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, side, side,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + link, e);
        }
    }

    private static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }
}
