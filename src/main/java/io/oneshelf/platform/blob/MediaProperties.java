package io.oneshelf.platform.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded media are kept on disk and how large one image may be. The folder defaults to {@code media}
 * inside the data folder; {@code temp} means a throw-away folder, one per JVM, removed when the JVM ends (tests).
 */
@ConfigurationProperties("oneshelf.media")
public record MediaProperties(String dir, DataSize maxImageSize) {

    public MediaProperties {
        dir = dir == null || dir.isBlank() ? "./data/media" : dir;
        maxImageSize = maxImageSize == null ? DataSize.ofMegabytes(5) : maxImageSize;
    }

    private static Path temp;

    /** The folder, with {@code temp} resolved to this JVM's throw-away folder. */
    public Path path() {
        if (!"temp".equals(dir)) {
            return Path.of(dir);
        }
        synchronized (MediaProperties.class) {
            if (temp == null) {
                try {
                    temp = Files.createTempDirectory("oneshelf-media-");
                    Path created = temp;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            FileSystemUtils.deleteRecursively(created);
                        } catch (IOException e) {
                            // a leftover folder in the temp dir is harmless
                        }
                    }));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return temp;
        }
    }
}
