package io.oneshelf.social.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PosterTest {

    private static final String TITLE = "宜兴紫砂壶 · 三人团";
    private static final Color TEAL = new Color(0x10, 0x80, 0x70);

    @Test
    void the_bundled_font_shows_chinese_titles_with_their_glyphs_whatever_the_servers_fonts() {
        Font font = PosterFont.of(TITLE, Font.BOLD, 32);

        assertThat(font.canDisplayUpTo(TITLE)).as(font.getFontName()).isEqualTo(-1);
        assertThat(font.getFamily()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(font.getSize()).isEqualTo(32);
    }

    @Test
    void two_chinese_titles_are_drawn_as_two_different_shapes_not_as_missing_glyph_boxes() throws IOException {
        int[] teapot = titleBand(poster(null, "紫砂壶"));
        int[] oolong = titleBand(poster(null, "铁观音"));

        assertThat(Arrays.stream(teapot).filter(p -> dark(new Color(p))).count()).as("ink drawn").isPositive();
        assertThat(teapot).as("the same boxes would come out the same").isNotEqualTo(oolong);
    }

    @Test
    void the_products_picture_fills_the_band_at_the_top_and_none_leaves_it_plain() throws IOException {
        BufferedImage pictured = poster(solid(400, 300, TEAL), TITLE);
        BufferedImage plain = poster(null, TITLE);

        for (int[] at : new int[][] {{5, 5}, {300, 210}, {594, 414}}) {
            assertThat(close(new Color(pictured.getRGB(at[0], at[1])), TEAL)).as("pixel %s", Arrays.toString(at))
                    .isTrue();
            assertThat(close(new Color(plain.getRGB(at[0], at[1])), TEAL)).isFalse();
        }
        assertThat(close(new Color(pictured.getRGB(300, Poster.PICTURE_HEIGHT + 5)), TEAL)).as("below the band")
                .isFalse();
    }

    private static BufferedImage poster(BufferedImage picture, String title) throws IOException {
        byte[] png = Poster.png(new Poster.Content(picture, title, "3人团", 9_900, 12_800, "https://x.test/s"));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The pixels of the line the product's name is drawn on. */
    private static int[] titleBand(BufferedImage poster) {
        return poster.getRGB(0, 430, Poster.WIDTH, 50, null, 0, Poster.WIDTH);
    }

    static BufferedImage solid(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
               + Math.abs(a.getBlue() - b.getBlue()) < 24;
    }

    private static boolean dark(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue() < 300;
    }
}
