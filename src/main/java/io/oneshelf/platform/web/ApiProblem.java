package io.oneshelf.platform.web;

import java.util.List;

/**
 * A business rejection that becomes an {@code application/problem+json} answer. Thrown by any module; the
 * transaction it escapes from rolls back, so a rejected request changes nothing.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Long retryAfterSeconds;

    public ApiProblem(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ApiProblem(ProblemType type, String detail, List<FieldError> errors, Long retryAfterSeconds) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with a Retry-After header telling the client when to come back. */
    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), retryAfterSeconds);
    }

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(ProblemType.VALIDATION_FAILED, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ApiProblem conflict(String field, String message) {
        return new ApiProblem(ProblemType.CONFLICT, message, List.of(new FieldError(field, message)));
    }

    public static ApiProblem staleVersion() {
        return new ApiProblem(ProblemType.STALE_VERSION,
                "Someone else changed this record; reload it and apply your change again",
                List.of(new FieldError("version", "is stale")));
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
