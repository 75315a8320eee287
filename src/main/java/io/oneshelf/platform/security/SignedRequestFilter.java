package io.oneshelf.platform.security;

import io.oneshelf.platform.web.CachedBodyRequest;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.ProblemType;
import io.oneshelf.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates integration calls signed with an API client's secret. The signature is HMAC-SHA256 over
 * {@code METHOD \n PATH?QUERY \n TIMESTAMP \n NONCE \n hex(SHA-256(body))}; a timestamp outside the tolerance or a
 * nonce seen before is refused, so a captured request cannot be replayed.
 */
class SignedRequestFilter extends OncePerRequestFilter {

    static final String KEY = "X-Api-Key";
    static final String TIMESTAMP = "X-Api-Timestamp";
    static final String NONCE = "X-Api-Nonce";
    static final String SIGNATURE = "X-Api-Signature";
    private static final Message UNKNOWN = Message.of("problem.signature.unknown");

    private final ApiCredentials credentials;
    private final SecurityProperties properties;
    private final ProblemWriter problems;
    private final MultipartConfigElement limits;

    SignedRequestFilter(ApiCredentials credentials, SecurityProperties properties, ProblemWriter problems,
                        MultipartConfigElement limits) {
        this.credentials = credentials;
        this.properties = properties;
        this.problems = problems;
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(KEY) == null;
    }

    /**
     * The cheap checks come before the body is read, and the body is read only up to the size of one request: a
     * caller without a valid key cannot make the server hold a large body in memory.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Message> malformed = malformed(request);
        Optional<ApiCredentials.ApiCredential> credential = malformed.isPresent() ? Optional.empty()
                : credentials.findActive(request.getHeader(KEY));
        if (credential.isEmpty()) {
            problems.write(request, response, ProblemType.UNAUTHORIZED, malformed.orElse(UNKNOWN));
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = CachedBodyRequest.of(request, limits);
        } catch (CachedBodyRequest.TooLarge e) {
            problems.write(request, response, ProblemType.CONTENT_TOO_LARGE, e.message());
            return;
        }
        Optional<Message> refusal = verify(credential.get(), cached);
        if (refusal.isPresent()) {
            problems.write(request, response, ProblemType.UNAUTHORIZED, refusal.get());
            return;
        }
        chain.doFilter(cached, response);
    }

    /** Why the signature headers alone are refused: missing, malformed or outside the clock skew. */
    private Optional<Message> malformed(HttpServletRequest request) {
        String timestamp = request.getHeader(TIMESTAMP);
        String nonce = request.getHeader(NONCE);
        String signature = request.getHeader(SIGNATURE);
        if (timestamp == null || nonce == null || signature == null || nonce.isBlank() || nonce.length() > 64) {
            return Optional.of(Message.of("problem.signature.headers", TIMESTAMP, NONCE, SIGNATURE));
        }
        if (!fresh(timestamp)) {
            return Optional.of(Message.of("problem.signature.timestamp", TIMESTAMP));
        }
        return Optional.empty();
    }

    private Optional<Message> verify(ApiCredentials.ApiCredential credential, CachedBodyRequest request) {
        String timestamp = request.getHeader(TIMESTAMP);
        String nonce = request.getHeader(NONCE);
        if (!matches(credential, request, timestamp, nonce, request.getHeader(SIGNATURE))) {
            return Optional.of(UNKNOWN);
        }
        if (!credentials.firstUseOfNonce(credential, nonce)) {
            return Optional.of(Message.of("problem.signature.nonce-reused", NONCE));
        }
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(credential.actor()));
        return Optional.empty();
    }

    private boolean fresh(String timestamp) {
        try {
            long skew = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp));
            return skew <= properties.signatureTolerance().toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean matches(ApiCredentials.ApiCredential credential, CachedBodyRequest request,
                                   String timestamp, String nonce, String signature) {
        try {
            byte[] expected = sign(credential.secret(), canonical(request, timestamp, nonce));
            byte[] given = Base64.getDecoder().decode(signature);
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String canonical(CachedBodyRequest request, String timestamp, String nonce) {
        String query = request.getQueryString();
        String target = request.getRequestURI() + (query == null ? "" : "?" + query);
        return String.join("\n", request.getMethod(), target, timestamp, nonce, sha256Hex(request.body()));
    }

    static byte[] sign(byte[] secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
