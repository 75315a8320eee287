package io.oneshelf.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * One caller's Idempotency-Key for one request, with the hash of what was asked (method, path, query, body), so
 * that a retry can be told from a different request reusing the key.
 */
public record IdempotencyClaim(UUID tenantId, UUID actorId, String key, String requestHash) {

    /** The request attribute under which {@link IdempotencyFilter} hands the claim to a {@link SelfIdempotent}. */
    static final String ATTRIBUTE = IdempotencyClaim.class.getName();

    /** The claim the filter made for this request: present on every request a {@link SelfIdempotent} handles. */
    public static IdempotencyClaim of(HttpServletRequest request) {
        return Optional.ofNullable((IdempotencyClaim) request.getAttribute(ATTRIBUTE))
                .orElseThrow(() -> new IllegalStateException("no idempotency claim on " + request.getRequestURI()));
    }

    /** @param content the canonical form of a JSON body, another body as sent, or a multipart upload's fingerprint */
    static IdempotencyClaim of(UUID tenantId, UUID callerId, String key, HttpServletRequest request,
                               byte[] content) {
        return new IdempotencyClaim(tenantId, callerId, key, hash(request, content));
    }

    private static String hash(HttpServletRequest request, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            digest.update((request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query)
                    + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
