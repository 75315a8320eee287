package io.oneshelf.platform.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class LocalDiskBlobStoreTest {

    @TempDir
    Path root;

    private LocalDiskBlobStore store() {
        return new LocalDiskBlobStore(new MediaProperties(root.toString(), DataSize.ofMegabytes(1)));
    }

    @Test
    void a_blob_is_put_read_replaced_and_deleted_by_key() throws IOException {
        LocalDiskBlobStore store = store();

        store.put("t1/abc.png", "first".getBytes(StandardCharsets.UTF_8));
        store.put("t1/abc.png", "second".getBytes(StandardCharsets.UTF_8));

        assertThat(store.get("t1/abc.png").orElseThrow().getContentAsByteArray())
                .isEqualTo("second".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.exists(root.resolve("t1/abc.png"))).isTrue();
        store.delete("t1/abc.png");
        store.delete("t1/abc.png");
        assertThat(store.get("t1/abc.png")).isEmpty();
        assertThat(store.exists("t1/abc.png")).isFalse();
        try (var files = Files.list(root.resolve("t1"))) {
            assertThat(files).as("no temporary files left behind").isEmpty();
        }
    }

    @Test
    void keys_that_could_leave_the_folder_are_refused() {
        LocalDiskBlobStore store = store();

        for (String key : new String[] {"../evil.png", "t1/../../evil.png", "/etc/passwd", "t1//x", ".hidden", ""}) {
            assertThatThrownBy(() -> store.put(key, new byte[] {1})).as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(BlobKeys.valid("t1/abc-1_2.webp")).isTrue();
    }
}
