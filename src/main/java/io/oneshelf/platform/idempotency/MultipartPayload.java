package io.oneshelf.platform.idempotency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * What a multipart request says, written out canonically for the idempotency hash: its fields and files by
 * name, each file by name, type and content hash. The raw body cannot serve: a client re-sending the same
 * upload picks a new random boundary, and the raw bytes must stay unread for the servlet container to parse.
 */
final class MultipartPayload {

    private MultipartPayload() {
    }

    static byte[] of(MultipartHttpServletRequest request) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) ->
                text.append("field ").append(name).append('=').append(String.join("\u0000", values)).append('\n'));
        for (Map.Entry<String, List<MultipartFile>> files : new TreeMap<>(request.getMultiFileMap()).entrySet()) {
            for (MultipartFile file : files.getValue()) {
                text.append("file ").append(files.getKey()).append(' ').append(file.getOriginalFilename())
                        .append(' ').append(file.getContentType()).append(' ').append(sha256(file)).append('\n');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(MultipartFile file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = file.getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
