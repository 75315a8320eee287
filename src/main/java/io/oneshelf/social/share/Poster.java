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
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A share poster (分享海报) drawn by the server with Java2D: the product's picture when there is one (else a plain
 * band), its name, the campaign's line and price, and the QR code of the share link (ZXing, as the pickup and pay
 * codes are drawn) with who shared it in the link, so that a scan is attributed. 600 × 900 PNG. Text is drawn in the
 * bundled CJK font ({@link PosterFont}), so that Chinese shows on any server.
 */
final class Poster {

    static final int WIDTH = 600;
    static final int HEIGHT = 900;
    /** The band at the top the product's picture fills. */
    static final int PICTURE_HEIGHT = 420;
    private static final Color ACCENT = new Color(0xE4, 0x39, 0x3C);

    private Poster() {
    }

    /** What the poster shows; {@code picture} may be null. */
    record Content(BufferedImage picture, String productName, String line, long priceFen, long wasFen,
                          String link) {
    }

    static byte[] png(Content c) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xF6, 0xF1, 0xEA));
            g.fillRect(0, 0, WIDTH, PICTURE_HEIGHT);
            if (c.picture() != null) {
                cover(g, c.picture());
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
        g.setFont(PosterFont.of(text, style, size));
        g.setColor(color);
        g.drawString(text, 30, baseline);
    }

    /** Fills the picture band with the picture, scaled to cover it and cut evenly on its long side. */
    private static void cover(Graphics2D g, BufferedImage picture) {
        double scale = Math.max((double) WIDTH / picture.getWidth(), (double) PICTURE_HEIGHT / picture.getHeight());
        int w = (int) Math.ceil(picture.getWidth() * scale);
        int h = (int) Math.ceil(picture.getHeight() * scale);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        Graphics2D band = (Graphics2D) g.create(0, 0, WIDTH, PICTURE_HEIGHT);
        try {
            band.drawImage(picture, (WIDTH - w) / 2, (PICTURE_HEIGHT - h) / 2, w, h, null);
        } finally {
            band.dispose();
        }
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
