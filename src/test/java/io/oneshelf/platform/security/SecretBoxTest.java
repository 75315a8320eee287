package io.oneshelf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final SecretBox box = new SecretBox(KEY, "", "temp");

    @Test
    void a_sealed_secret_opens_for_its_owner_and_does_not_show_the_secret() {
        String sealed = box.seal("s3cr3t-of-the-erp", "osk_a");

        assertThat(sealed).startsWith("v1:").doesNotContain("s3cr3t");
        assertThat(box.open(sealed, "osk_a")).isEqualTo("s3cr3t-of-the-erp");
        assertThat(box.seal("s3cr3t-of-the-erp", "osk_a")).isNotEqualTo(sealed);
    }

    @Test
    void a_sealed_secret_does_not_open_for_another_owner_under_another_key_or_once_altered() {
        String sealed = box.seal("s3cr3t", "osk_a");
        byte[] other = new byte[32];
        Arrays.fill(other, (byte) 1);
        SecretBox otherKey = new SecretBox(Base64.getEncoder().encodeToString(other), "", "temp");
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");

        assertThatThrownBy(() -> box.open(sealed, "osk_b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> otherKey.open(sealed, "osk_a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(altered, "osk_a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_secret_stored_before_sealing_is_read_as_it_is() {
        assertThat(box.open("plain-old-secret", "osk_a")).isEqualTo("plain-old-secret");
        assertThat(SecretBox.isSealed("plain-old-secret")).isFalse();
    }

    @Test
    void without_a_configured_key_a_key_file_only_the_owner_can_read_is_made_once_and_kept(@TempDir Path data)
            throws Exception {
        SecretBox first = new SecretBox("", "", data.toString());
        String sealed = first.seal("s3cr3t", "osk_a");
        SecretBox afterRestart = new SecretBox("", "", data.toString());

        assertThat(afterRestart.open(sealed, "osk_a")).isEqualTo("s3cr3t");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secret.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_key_of_the_wrong_length_stops_the_start() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16]), "", "temp"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
