package io.oneshelf.platform.idempotency;

import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.ShopPaths;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.platform.web.CachedBodyRequest;
import io.oneshelf.platform.web.FieldProblem;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.ProblemType;
import io.oneshelf.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every mutating API call safe to retry. The key is claimed, the business change is made and the
 * response is stored in ONE transaction: a retry after success replays the stored response, a retry after a
 * failure runs again (nothing of the failed attempt was kept), and a concurrent duplicate waits on the key's
 * unique index until the first attempt commits, then replays it. So a request acts at most once per key.
 * A JSON body is hashed by its parsed content, so key order and whitespace do not matter; a multipart upload is
 * parsed here once (the container keeps the parts) and hashed by its fields and files.
 */
@Component
@Order(-99) // right after Spring Security's filter chain (-100): the caller is known
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = IdempotentResponse.REPLAYED;

    private final IdempotencyRecords records;
    private final TransactionTemplate transactions;
    private final ProblemWriter problems;
    private final MultipartResolver multipart;
    private final MultipartConfigElement limits;
    private final List<SelfIdempotent> selfIdempotent;
    private final Computations computations;

    IdempotencyFilter(IdempotencyRecords records, TransactionTemplate transactions, ProblemWriter problems,
                      MultipartResolver multipart, MultipartConfigElement limits,
                      List<SelfIdempotent> selfIdempotent, Computations computations) {
        this.records = records;
        this.computations = computations;
        this.limits = limits;
        this.selfIdempotent = selfIdempotent;
        this.transactions = transactions;
        this.problems = problems;
        this.multipart = multipart;
    }

    /** The request to pass on and the bytes that identify what it asks for. */
    private record Payload(HttpServletRequest request, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean mutating = switch (request.getMethod()) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
        return !mutating || !path.startsWith("/api/v1/") || path.startsWith("/api/v1/auth/")
                || ShopPaths.isAnonymous(path) || caller().isEmpty()
                || computations.matches(request.getMethod(), path);
    }

    /** Keys are the caller's own: a staff member's or API client's, or a signed-in customer's (decision 0025). */
    private static Optional<Caller> caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof Actor actor) {
            return Optional.of(new Caller(actor.tenantId(), actor.id()));
        }
        if (auth.getPrincipal() instanceof Shopper shopper) {
            return Optional.of(new Caller(shopper.brandId(), shopper.customerId()));
        }
        return Optional.empty();
    }

    private record Caller(java.util.UUID tenantId, java.util.UUID id) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            if ("POST".equals(request.getMethod())) {
                problems.write(request, response, ProblemType.IDEMPOTENCY_KEY_REQUIRED,
                        Message.of("problem.idempotency.required", HEADER));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (key.length() > 255) {
            problems.write(request, response, ProblemType.MALFORMED_REQUEST,
                    Message.of("problem.idempotency.too-long", HEADER, 255));
            return;
        }
        Optional<Payload> payload = payload(request, response);
        if (payload.isEmpty()) {
            return;
        }
        try {
            once(key, payload.get(), response, chain);
        } finally {
            if (payload.get().request() instanceof MultipartHttpServletRequest parts) {
                multipart.cleanupMultipart(parts);
            }
        }
    }

    private void once(String key, Payload payload, HttpServletResponse response, FilterChain chain)
            throws IOException {
        HttpServletRequest request = payload.request();
        Caller caller = caller().orElseThrow();
        IdempotencyClaim claim = IdempotencyClaim.of(caller.tenantId(), caller.id(), key, request, payload.body());
        if (selfIdempotent.stream().anyMatch(e -> e.handles(request))) {
            request.setAttribute(IdempotencyClaim.ATTRIBUTE, claim);
            try {
                chain.doFilter(request, response);
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            transactions.executeWithoutResult(tx -> {
                Optional<IdempotencyRecords.StoredResponse> earlier = records.claim(claim);
                if (earlier.isPresent()) {
                    tx.setRollbackOnly();
                    replay(request, earlier.get(), claim, buffered);
                    return;
                }
                run(chain, request, buffered);
                if (buffered.getStatus() < 300) {
                    records.complete(claim, buffered);
                } else {
                    tx.setRollbackOnly();
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        buffered.copyBodyToResponse();
    }

    /** Reads the body once; empty when the request was answered here with a problem. */
    private Optional<Payload> payload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!multipart.isMultipart(request)) {
            try {
                CachedBodyRequest cached = CachedBodyRequest.of(request, limits);
                return Optional.of(new Payload(cached, JsonPayload.of(request.getContentType(), cached.body())));
            } catch (CachedBodyRequest.TooLarge e) {
                problems.write(request, response, ProblemType.CONTENT_TOO_LARGE, e.message());
                return Optional.empty();
            }
        }
        // a signed upload arrives as a CachedBodyRequest, which parses its parts from the bytes it holds
        try {
            MultipartHttpServletRequest parts = multipart.resolveMultipart(request);
            return Optional.of(new Payload(parts, MultipartPayload.of(parts)));
        } catch (MaxUploadSizeExceededException e) {
            problems.write(request, response, ProblemType.CONTENT_TOO_LARGE, Message.of("problem.upload.too-large"),
                    List.of(FieldProblem.of("file", "problem.upload.too-large.field")));
        } catch (MultipartException e) {
            problems.write(request, response, ProblemType.MALFORMED_REQUEST, Message.of("problem.multipart.unreadable"));
        }
        return Optional.empty();
    }

    private void replay(HttpServletRequest request, IdempotencyRecords.StoredResponse stored, IdempotencyClaim claim,
                        ContentCachingResponseWrapper response) {
        try {
            if (!stored.requestHash().equals(claim.requestHash())) {
                problems.write(request, response, ProblemType.IDEMPOTENCY_KEY_REUSED,
                        Message.of("problem.idempotency.reused", HEADER));
                return;
            }
            stored.response().writeTo(response);
            response.setHeader(REPLAYED, "true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }
}
