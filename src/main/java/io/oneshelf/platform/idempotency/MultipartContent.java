package io.oneshelf.platform.idempotency;

import io.oneshelf.platform.web.FieldError;
import io.oneshelf.platform.web.ProblemType;
import io.oneshelf.platform.web.ProblemWriter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fingerprint of a multipart upload for idempotency. Reading the raw body up front (as for JSON) would leave
 * nothing for the servlet container's multipart parser, so the container parses the parts first (within the
 * configured size limits) and the fingerprint covers each part's name, file name, type and content. The boundary
 * string differs on every retry and is left out on purpose.
 */
final class MultipartContent {

    private MultipartContent() {
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The fingerprint, or empty after writing the problem when the upload is too large or malformed. */
    static Optional<byte[]> fingerprint(HttpServletRequest request, HttpServletResponse response,
                                        ProblemWriter problems) throws IOException {
        List<Part> parts;
        try {
            parts = new ArrayList<>(request.getParts());
        } catch (IllegalStateException e) {
            problems.write(response, ProblemType.CONTENT_TOO_LARGE, "The upload is larger than the server accepts",
                    List.of(new FieldError("file", "is too large")));
            return Optional.empty();
        } catch (ServletException | IOException e) {
            problems.write(response, ProblemType.MALFORMED_REQUEST, "The multipart body could not be read");
            return Optional.empty();
        }
        parts.sort(Comparator.comparing(Part::getName));
        MessageDigest digest = sha256();
        for (Part part : parts) {
            digest.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n" + part.getContentType()
                           + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return Optional.of(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
