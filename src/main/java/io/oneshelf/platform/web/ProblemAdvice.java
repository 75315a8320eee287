package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.apache.tomcat.util.http.InvalidParameterException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API call into one problem+json shape with a stable type and the offending fields.
 * Nothing internal (stack traces, SQL, class names) ever reaches the client. Every text is a {@link Message}
 * code of {@code messages.properties} (English) and {@code messages_zh_CN.properties} (Chinese); {@link Problems}
 * writes it in the caller's language. A new handler passes {@code Message.of(code, args)} and adds
 * that code to both bundles (see {@link Message}); never finished text.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;

    ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    /** The one place where a domain rejection becomes HTTP: its kind picks the problem type and status. */
    @ExceptionHandler(Rejection.class)
    ResponseEntity<ProblemDetail> rejection(Rejection e, HttpServletRequest request) {
        List<FieldProblem> errors = e.faults().stream().map(f -> new FieldProblem(f.field(), f.message())).toList();
        ResponseEntity<ProblemDetail> response = problems.response(request, problemType(e.kind()), e.detail(), errors);
        if (e.retryAfterSeconds() == null) {
            return response;
        }
        return ResponseEntity.status(response.getStatusCode()).contentType(Problems.PROBLEM_JSON)
                .header("Retry-After", e.retryAfterSeconds().toString()).body(response.getBody());
    }

    static ProblemType problemType(Rejection.Kind kind) {
        return switch (kind) {
            case INVALID -> ProblemType.VALIDATION_FAILED;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONFLICT -> ProblemType.CONFLICT;
            case STALE_VERSION -> ProblemType.STALE_VERSION;
            case OUT_OF_STOCK -> ProblemType.OUT_OF_STOCK;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case UNAUTHORIZED -> ProblemType.UNAUTHORIZED;
            case BAD_CREDENTIALS -> ProblemType.BAD_CREDENTIALS;
            case TOO_MANY_REQUESTS -> ProblemType.TOO_MANY_REQUESTS;
            case CONTENT_TOO_LARGE -> ProblemType.CONTENT_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case IDEMPOTENCY_KEY_REUSED -> ProblemType.IDEMPOTENCY_KEY_REUSED;
            case SERVICE_UNAVAILABLE -> ProblemType.SERVICE_UNAVAILABLE;
        };
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e, HttpServletRequest request) {
        Stream<FieldProblem> fields = e.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), message(f.contains(ConstraintViolation.class)
                        ? f.unwrap(ConstraintViolation.class) : null)));
        Stream<FieldProblem> global = e.getGlobalErrors().stream()
                .map(g -> new FieldProblem(g.getObjectName(), message(g.contains(ConstraintViolation.class)
                        ? g.unwrap(ConstraintViolation.class) : null)));
        return invalid(request, Stream.concat(fields, global).toList());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), message(violation(r, err)))))
                .toList();
        return invalid(request, errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), ConstraintMessages.of(v)))
                .toList();
        return invalid(request, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException jackson) {
            String field = JsonPaths.field(jackson);
            if (field != null) {
                return fieldProblem(request, ProblemType.MALFORMED_REQUEST, field, jsonFault(jackson));
            }
        }
        return problems.response(request, ProblemType.MALFORMED_REQUEST, Message.of("problem.body.unreadable"),
                List.of());
    }

    /** What is wrong with one field of a JSON body; JSON is read strictly (README, API conventions). */
    private static Message jsonFault(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return Message.of("problem.field.unknown");
        }
        if (e instanceof StrictJson.NulCharacter) {
            return Message.of("problem.field.nul");
        }
        if (e instanceof StreamReadException && e.getOriginalMessage().startsWith("Duplicate")) {
            return Message.of("problem.field.duplicate");
        }
        if (e instanceof InputCoercionException) {
            return Message.of("problem.field.out-of-range");
        }
        return Message.of("problem.field.wrong-type");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Message message = Message.of(e.getRootCause() instanceof TextParameters.NulInText
                ? "problem.field.nul" : "problem.field.wrong-type");
        return fieldProblem(request, ProblemType.MALFORMED_REQUEST, e.getName(), message);
    }

    /** Tomcat could not read the parameters ({@link QueryStringFilter} refuses most such queries earlier). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e, HttpServletRequest request) {
        ProblemType type = e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                ? ProblemType.CONTENT_TOO_LARGE : ProblemType.MALFORMED_REQUEST;
        return problems.response(request, type, Message.of("problem.parameters.unreadable"), List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
                                                   HttpServletRequest request) {
        return fieldProblem(request, ProblemType.VALIDATION_FAILED, e.getParameterName(),
                Message.of("validation.required"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return fieldProblem(request, ProblemType.VALIDATION_FAILED, e.getRequestPartName(),
                Message.of("validation.required"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problems.response(request, ProblemType.CONTENT_TOO_LARGE, Message.of("problem.upload.too-large"),
                List.of(FieldProblem.of("file", "problem.upload.too-large.field")));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e, HttpServletRequest request) {
        return rejection(Rejection.staleVersion(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problems.response(request, ProblemType.FORBIDDEN, Message.of("problem.forbidden.role"), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse framework) {
            return framework(framework, request);
        }
        log.error("Unhandled error", e);
        return problems.response(request, ProblemType.INTERNAL_ERROR, Message.of("problem.internal"), List.of());
    }

    /**
     * Spring MVC's own rejections (unknown path, wrong method, media type …) in our problem vocabulary, with the
     * headers they carry ({@code Allow} on a 405, {@code Accept} on a 415).
     */
    private ResponseEntity<ProblemDetail> framework(ErrorResponse e, HttpServletRequest request) {
        ProblemType type = ProblemType.forStatus(e.getStatusCode().value());
        Message detail = switch (type) {
            case NOT_FOUND -> Message.of("problem.framework.not-found");
            case METHOD_NOT_ALLOWED -> Message.of("problem.framework.method-not-allowed", request.getMethod());
            case UNSUPPORTED_MEDIA_TYPE -> Message.of("problem.framework.media-type");
            case CONTENT_TOO_LARGE -> Message.of("problem.upload.too-large");
            case INTERNAL_ERROR -> Message.of("problem.framework.internal");
            default -> Message.of("problem.framework.malformed");
        };
        return ResponseEntity.status(type.status()).headers(e.getHeaders()).contentType(Problems.PROBLEM_JSON)
                .body(problems.detail(request, type, detail, List.of()));
    }

    private ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, List<FieldProblem> errors) {
        Message summary = errors.stream().map(e -> Message.of("problem.field", e.field(), e.message()))
                .reduce((a, b) -> Message.of("problem.join", a, b)).orElse(Message.of("problem.invalid"));
        return problems.response(request, ProblemType.VALIDATION_FAILED, summary, errors);
    }

    private ResponseEntity<ProblemDetail> fieldProblem(HttpServletRequest request, ProblemType type, String field,
                                                       Message message) {
        return problems.response(request, type, Message.of("problem.field", field, message),
                List.of(new FieldProblem(field, message)));
    }

    /** Our wording of a validation failure, with the constraint's actual limits. */
    private static Message message(ConstraintViolation<?> violation) {
        return violation != null ? ConstraintMessages.of(violation) : Message.of("problem.field.invalid");
    }

    private static ConstraintViolation<?> violation(
            org.springframework.validation.method.ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            return result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAConstraint) {
            return null;
        }
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
