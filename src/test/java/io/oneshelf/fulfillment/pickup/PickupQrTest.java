package io.oneshelf.fulfillment.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PickupQrTest {

    private final UUID order = UUID.fromString("019a0000-1111-7222-8333-444455556666");

    @Test
    void the_content_names_the_order_and_its_code_and_reads_back() {
        String content = PickupQr.content(order, "048213");

        assertThat(content).isEqualTo("oneshelf:pickup:019a0000-1111-7222-8333-444455556666:048213");
        assertThat(PickupQr.read(" " + content + "\n")).contains(new PickupQr.Content(order, "048213"));
    }

    @Test
    void anything_else_a_scanner_reads_is_no_pickup() {
        assertThat(PickupQr.read("048213")).isEmpty();
        assertThat(PickupQr.read("https://example.com/?code=048213")).isEmpty();
        assertThat(PickupQr.read("oneshelf:pickup:" + order + ":48213")).isEmpty();
        assertThat(PickupQr.read("oneshelf:pickup:not-an-id:048213")).isEmpty();
    }

    @Test
    void the_png_is_a_square_qr_code_that_scans_to_its_content() throws Exception {
        String content = PickupQr.content(order, "930174");

        byte[] png = PickupQr.png(content, 300);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300).isEqualTo(image.getHeight());
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))),
                // a generated picture, not a photo: read as such (without the hint, about 1 in 200 random contents
                // is not found by the photo detector)
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(scanned).isEqualTo(content);
    }

    @Test
    void sizes_are_kept_within_bounds() throws Exception {
        String content = PickupQr.content(order, "930174");

        assertThat(ImageIO.read(new ByteArrayInputStream(PickupQr.png(content, 10))).getWidth())
                .isEqualTo(PickupQr.MIN_SIZE);
        assertThat(ImageIO.read(new ByteArrayInputStream(PickupQr.png(content, 99_999))).getWidth())
                .isEqualTo(PickupQr.MAX_SIZE);
    }

    @Test
    void a_phone_is_shown_masked() {
        assertThat(PickupView.masked("13812345678")).isEqualTo("138****5678");
        assertThat(PickupView.masked("+8613812345678")).isEqualTo("+86*******5678");
        assertThat(PickupView.masked("12345")).isEqualTo("***45");
        assertThat(PickupView.masked(null)).isNull();
    }
}
