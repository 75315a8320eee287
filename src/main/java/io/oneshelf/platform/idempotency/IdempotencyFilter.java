package io.oneshelf.platform.idempotency;

import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.CachedBodyRequest;
import io.oneshelf.platform.web.ProblemType;
import io.oneshelf.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every mutating API call safe to retry. The key is claimed, the business change is made and the
 * response is stored in ONE transaction: a retry after success replays the stored response, a retry after a
 * failure runs again (nothing of the failed attempt was kept), and a concurrent duplicate waits on the key's
 * unique index until the first attempt commits, then replays it. So a request acts at most once per key.
 */
@Component
@Order(-99) // right after Spring Security's filter chain (-100): the caller is known
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = IdempotentResponse.REPLAYED;

    private final IdempotencyRecords records;
    private final TransactionTemplate transactions;
    private final ProblemWriter problems;

    private final List<SelfIdempotent> selfIdempotent;

    IdempotencyFilter(IdempotencyRecords records, TransactionTemplate transactions, ProblemWriter problems,
                      List<SelfIdempotent> selfIdempotent) {
        this.records = records;
        this.selfIdempotent = selfIdempotent;
        this.transactions = transactions;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean mutating = switch (request.getMethod()) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
        return !mutating || !path.startsWith("/api/v1/") || path.startsWith("/api/v1/auth/")
                || !(SecurityContextHolder.getContext().getAuthentication() != null
                     && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof Actor);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            if ("POST".equals(request.getMethod())) {
                problems.write(response, ProblemType.IDEMPOTENCY_KEY_REQUIRED,
                        HEADER + " header is required on POST; send a new unique value per intended action");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (key.length() > 255) {
            problems.write(response, ProblemType.MALFORMED_REQUEST, HEADER + " must be at most 255 characters");
            return;
        }
        HttpServletRequest forwarded;
        byte[] content;
        if (MultipartContent.isMultipart(request)) {
            Optional<byte[]> parts = MultipartContent.fingerprint(request, response, problems);
            if (parts.isEmpty()) {
                return;
            }
            forwarded = request;
            content = parts.get();
        } else {
            CachedBodyRequest cached = CachedBodyRequest.of(request);
            forwarded = cached;
            content = cached.body();
        }
        IdempotencyClaim claim = IdempotencyClaim.of(Actor.current(), key, request, content);
        if (selfIdempotent.stream().anyMatch(e -> e.handles(forwarded))) {
            forwarded.setAttribute(IdempotencyClaim.ATTRIBUTE, claim);
            chain.doFilter(forwarded, response);
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            transactions.executeWithoutResult(tx -> {
                Optional<IdempotencyRecords.StoredResponse> earlier = records.claim(claim);
                if (earlier.isPresent()) {
                    tx.setRollbackOnly();
                    replay(earlier.get(), claim, buffered);
                    return;
                }
                run(chain, forwarded, buffered);
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

    private void replay(IdempotencyRecords.StoredResponse stored, IdempotencyClaim claim,
                        ContentCachingResponseWrapper response) {
        try {
            if (!stored.requestHash().equals(claim.requestHash())) {
                problems.write(response, ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This " + HEADER + " was already used for a different request");
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
