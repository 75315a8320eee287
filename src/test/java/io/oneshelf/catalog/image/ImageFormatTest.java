package io.oneshelf.catalog.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import io.oneshelf.catalog.Pictures;
import io.oneshelf.catalog.image.ImageProbe.Size;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    private static byte[] webp(String chunk, int... bytesFrom20) {
        byte[] b = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, b, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, b, 12, 4);
        for (int i = 0; i < bytesFrom20.length; i++) {
            b[20 + i] = (byte) bytesFrom20[i];
        }
        return b;
    }

    @Test
    void formats_are_told_by_their_first_bytes_not_by_a_name() {
        assertThat(ImageFormat.sniff(Pictures.aPng(3, 2))).hasValue(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(Pictures.aJpeg(3, 2))).hasValue(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(Pictures.WEBP_1X1)).hasValue(ImageFormat.WEBP);
        assertThat(ImageFormat.sniff("<svg xmlns=...>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    @Test
    void png_and_jpeg_sizes_come_from_their_headers() {
        assertThat(ImageProbe.size(ImageFormat.PNG, Pictures.aPng(33, 21))).hasValue(new Size(33, 21));
        assertThat(ImageProbe.size(ImageFormat.JPEG, Pictures.aJpeg(17, 9))).hasValue(new Size(17, 9));
        byte[] torn = Arrays.copyOf(Pictures.aPng(33, 21), 12);
        assertThat(ImageProbe.size(ImageFormat.PNG, torn)).isEmpty();
    }

    @Test
    void webp_sizes_come_from_the_lossy_lossless_and_extended_headers() {
        // VP8: frame tag (3 bytes), start code 9D 01 2A, then 14-bit little-endian width and height
        byte[] lossy = webp("VP8 ", 0, 0, 0, 0x9D, 0x01, 0x2A, 0x80, 0x02, 0xE0, 0x01);
        // VP8X: flags and reserved (4 bytes), then 24-bit width-1 and height-1
        byte[] extended = webp("VP8X", 0, 0, 0, 0, 0xFF, 0x03, 0, 0x2B, 0x02, 0);

        assertThat(ImageProbe.size(ImageFormat.WEBP, lossy)).hasValue(new Size(640, 480));
        assertThat(ImageProbe.size(ImageFormat.WEBP, extended)).hasValue(new Size(1024, 556));
        assertThat(ImageProbe.size(ImageFormat.WEBP, Pictures.WEBP_1X1)).hasValue(new Size(1, 1));
        assertThat(ImageProbe.size(ImageFormat.WEBP, webp("VP8 "))).isEmpty();
    }

    @Test
    void a_checked_image_is_keyed_by_tenant_and_content_hash() {
        UUID tenant = UUID.randomUUID();
        byte[] png = Pictures.aPng(4, 4);

        String key = CheckedImage.of(png, 1024 * 1024).key(tenant);

        assertThat(key).matches(tenant + "/[0-9a-f]{64}\\.png");
        assertThat(CheckedImage.of(png.clone(), 1024 * 1024).key(tenant)).isEqualTo(key);
        assertThat(ImageKeys.parse(key)).isPresent();
    }

    @Test
    void too_large_foreign_or_unreadable_files_are_refused_on_the_file_field() {
        assertThatThrownBy(() -> CheckedImage.of(Pictures.aPng(4, 4), 10))
                .satisfies(t -> assertThat(((Rejection) t).kind()).isEqualTo(Rejection.Kind.CONTENT_TOO_LARGE))
                .satisfies(t -> assertThat(((Rejection) t).faults().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> CheckedImage.of("GIF89a...".getBytes(StandardCharsets.US_ASCII), 1000))
                .satisfies(t -> assertThat(((Rejection) t).kind()).isEqualTo(Rejection.Kind.UNSUPPORTED_MEDIA_TYPE));
        byte[] pngMagicOnly = Arrays.copyOf(Pictures.aPng(4, 4), 10);
        assertThatThrownBy(() -> CheckedImage.of(pngMagicOnly, 1000))
                .satisfies(t -> assertThat(((Rejection) t).kind()).isEqualTo(Rejection.Kind.INVALID));
    }

    @Test
    void only_keys_of_the_exact_shape_are_served() {
        String tenant = UUID.randomUUID().toString();
        String hash = "a".repeat(64);

        assertThat(ImageKeys.parse(tenant + "/" + hash + ".webp")).isPresent();
        assertThat(ImageKeys.parse(tenant + "/" + hash + ".gif")).isEmpty();
        assertThat(ImageKeys.parse(tenant + "/" + hash.toUpperCase() + ".png")).isEmpty();
        assertThat(ImageKeys.parse(tenant + "/../" + hash + ".png")).isEmpty();
        assertThat(ImageKeys.parse("../" + tenant + "/" + hash + ".png")).isEmpty();
    }
}
