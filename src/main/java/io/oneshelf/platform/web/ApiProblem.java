package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import java.util.List;

/**
 * A business rejection that becomes an {@code application/problem+json} answer. Thrown by any module; the
 * transaction it escapes from rolls back, so a rejected request changes nothing.
 *
 * <p>It carries message codes and arguments, not finished text: the detail and each field message are put
 * into the caller's language only when the answer is written (see {@link Message} for how to add one).
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Message detail;
    private final List<FieldProblem> errors;
    private final Long retryAfterSeconds;

    public ApiProblem(ProblemType type, Message detail, List<FieldProblem> errors) {
        this(type, detail, errors, null);
    }

    public ApiProblem(ProblemType type, Message detail) {
        this(type, detail, List.of());
    }

    private ApiProblem(ProblemType type, Message detail, List<FieldProblem> errors, Long retryAfterSeconds) {
        super(detail.toString());
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with a Retry-After header telling the client when to come back. */
    public static ApiProblem tooManyRequests(Message detail, long retryAfterSeconds) {
        return new ApiProblem(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), retryAfterSeconds);
    }

    /** 404 for a thing named by its code in the bundles ({@code thing.store} …). */
    public static ApiProblem notFound(String thing) {
        return new ApiProblem(ProblemType.NOT_FOUND, Message.of("problem.not-found", Message.of("thing." + thing)));
    }

    /** 400 on one field: the detail says "field: message". */
    public static ApiProblem invalid(String field, String code, Object... args) {
        Message message = Message.of(code, args);
        return new ApiProblem(ProblemType.VALIDATION_FAILED, Message.of("problem.field", field, message),
                List.of(new FieldProblem(field, message)));
    }

    /** 409 on one field: the detail is the message. */
    public static ApiProblem conflict(String field, String code, Object... args) {
        Message message = Message.of(code, args);
        return new ApiProblem(ProblemType.CONFLICT, message, List.of(new FieldProblem(field, message)));
    }

    public static ApiProblem staleVersion() {
        return new ApiProblem(ProblemType.STALE_VERSION, Message.of("problem.stale-version"),
                List.of(FieldProblem.of("version", "problem.stale-version.field")));
    }

    public static ApiProblem forbidden(String code, Object... args) {
        return new ApiProblem(ProblemType.FORBIDDEN, Message.of(code, args));
    }

    public ProblemType type() {
        return type;
    }

    public Message detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** The message of the first field, else the detail: what one row of an import reports. */
    public Message firstMessage() {
        return errors.isEmpty() || !(errors.get(0).message() instanceof Message m) ? detail : m;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
