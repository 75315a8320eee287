package io.oneshelf.social.share;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font posters are drawn in (decision 0055): WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0), bundled in the
 * application ({@code /fonts/wqy-microhei.ttc}), so that Chinese is drawn with its glyphs on any server, whatever
 * fonts its OS has (a bare Debian has none with CJK glyphs, and Java2D then draws empty boxes). Should the bundled
 * font not load, an installed font that shows the text is used, the logical sans-serif font at worst.
 */
final class PosterFont {

    private static final Logger log = LoggerFactory.getLogger(PosterFont.class);
    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    private static final Font BUNDLED = load();

    private PosterFont() {
    }

    /** The font to draw {@code text} in, at {@code style} and {@code size}. */
    static Font of(String text, int style, int size) {
        if (BUNDLED != null && BUNDLED.canDisplayUpTo(text) < 0) {
            return BUNDLED.deriveFont(style, size);
        }
        Font logical = new Font(Font.SANS_SERIF, style, size);
        if (logical.canDisplayUpTo(text) < 0) {
            return logical;
        }
        return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .map(f -> new Font(f, style, size)).filter(f -> f.canDisplayUpTo(text) < 0).findFirst()
                .orElse(logical);
    }

    private static Font load() {
        try (InputStream in = PosterFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                log.warn("The poster font {} is missing: Chinese may not be drawn", RESOURCE);
                return null;
            }
            // a collection (regular and mono): the first is the proportional face
            return Font.createFonts(in)[0];
        } catch (IOException | FontFormatException e) {
            log.warn("The poster font {} did not load: Chinese may not be drawn", RESOURCE, e);
            return null;
        }
    }
}
