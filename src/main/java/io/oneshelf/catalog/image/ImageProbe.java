package io.oneshelf.catalog.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the width and height of an image from its header without decoding the pixels, so a huge or hostile
 * file costs no memory: ImageIO's readers for JPEG and PNG, a few bytes of the RIFF header for WebP (which the
 * JDK cannot read). Empty when the header is not what the format promises.
 */
final class ImageProbe {

    /** Width and height in pixels. */
    record Size(int width, int height) {
    }

    private ImageProbe() {
    }

    static Optional<Size> size(ImageFormat format, byte[] content) {
        return format == ImageFormat.WEBP ? webp(content) : viaImageIo(content);
    }

    private static Optional<Size> viaImageIo(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return positive(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The first chunk after "RIFF....WEBP" says how the picture is coded: VP8 (lossy) keeps 14-bit sizes after a
     * start code, VP8L (lossless) packs width-1 and height-1 into 14 bits each, VP8X (extended) stores the canvas
     * as 24-bit width-1 and height-1.
     */
    private static Optional<Size> webp(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> (b[23] & 0xFF) == 0x9D && (b[24] & 0xFF) == 0x01 && (b[25] & 0xFF) == 0x2A
                    ? positive(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF) : Optional.empty();
            case "VP8L" -> {
                if ((b[20] & 0xFF) != 0x2F) {
                    yield Optional.empty();
                }
                long bits = (b[21] & 0xFFL) | (b[22] & 0xFFL) << 8 | (b[23] & 0xFFL) << 16 | (b[24] & 0xFFL) << 24;
                yield positive((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X" -> positive(le24(b, 24) + 1, le24(b, 27) + 1);
            default -> Optional.empty();
        };
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return le16(b, at) | (b[at + 2] & 0xFF) << 16;
    }

    private static Optional<Size> positive(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
    }
}
