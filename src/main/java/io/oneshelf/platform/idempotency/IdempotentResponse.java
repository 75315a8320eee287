package io.oneshelf.platform.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ResponseEntity;

/** The answer kept for an Idempotency-Key and replayed to every retry. */
public record IdempotentResponse(int status, String contentType, String location, byte[] body) {

    /** Set to {@code true} on an answer that repeats an earlier one. */
    public static final String REPLAYED = "Idempotent-Replayed";

    public ResponseEntity<byte[]> toEntity(boolean replayed) {
        ResponseEntity.BodyBuilder entity = ResponseEntity.status(status);
        if (contentType != null) {
            entity.header("Content-Type", contentType);
        }
        if (location != null) {
            entity.header("Location", location);
        }
        if (replayed) {
            entity.header(REPLAYED, "true");
        }
        return entity.body(body);
    }

    void writeTo(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (location != null) {
            response.setHeader("Location", location);
        }
        if (body != null) {
            response.getOutputStream().write(body);
        }
    }
}
