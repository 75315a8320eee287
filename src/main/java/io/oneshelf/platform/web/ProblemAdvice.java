package io.oneshelf.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Nothing internal (stack traces, SQL, class names) ever reaches the client.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        ResponseEntity<ProblemDetail> response = Problems.response(e.type(), e.getMessage(), e.errors());
        if (e.retryAfterSeconds() == null) {
            return response;
        }
        return ResponseEntity.status(response.getStatusCode()).contentType(Problems.PROBLEM_JSON)
                .header("Retry-After", e.retryAfterSeconds().toString()).body(response.getBody());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e) {
        List<FieldError> errors = e.getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        List<FieldError> global = e.getGlobalErrors().stream()
                .map(g -> new FieldError(g.getObjectName(), g.getDefaultMessage())).toList();
        List<FieldError> all = java.util.stream.Stream.concat(errors.stream(), global.stream()).toList();
        return Problems.response(ProblemType.VALIDATION_FAILED, summary(all), all);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return Problems.response(ProblemType.VALIDATION_FAILED, summary(errors), errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return Problems.response(ProblemType.VALIDATION_FAILED, summary(errors), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson) {
            String field = JsonPaths.field(jackson);
            if (field != null) {
                String message = jsonFault(jackson);
                return Problems.response(ProblemType.MALFORMED_REQUEST, field + " " + message,
                        List.of(new FieldError(field, message)));
            }
        }
        return Problems.response(ProblemType.MALFORMED_REQUEST, "The request body is missing or is not valid JSON",
                List.of());
    }

    /** What is wrong with one field of a JSON body; JSON is read strictly (README, API conventions). */
    private static String jsonFault(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof StrictJson.NulCharacter) {
            return "must not contain the NUL character (U+0000)";
        }
        if (e instanceof StreamReadException && e.getOriginalMessage().startsWith("Duplicate")) {
            return "is given more than once";
        }
        if (e instanceof InputCoercionException) {
            return "is out of range";
        }
        return "has the wrong type or format";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = e.getRootCause() instanceof TextParameters.NulInText
                ? "must not contain the NUL character (U+0000)" : "has the wrong type or format";
        return Problems.response(ProblemType.MALFORMED_REQUEST, e.getName() + " " + message,
                List.of(new FieldError(e.getName(), message)));
    }

    /** Tomcat could not read the parameters ({@link QueryStringFilter} refuses most such queries earlier). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
        ProblemType type = e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                ? ProblemType.CONTENT_TOO_LARGE : ProblemType.MALFORMED_REQUEST;
        return Problems.response(type, "The request's parameters could not be read", List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return Problems.response(ProblemType.VALIDATION_FAILED, e.getParameterName() + " is required",
                List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return Problems.response(ProblemType.VALIDATION_FAILED, e.getRequestPartName() + " is required",
                List.of(new FieldError(e.getRequestPartName(), "is required")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return Problems.response(ProblemType.CONTENT_TOO_LARGE, "The upload is larger than the server accepts",
                List.of(new FieldError("file", "is too large")));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(OptimisticLockingFailureException e) {
        ApiProblem stale = ApiProblem.staleVersion();
        return Problems.response(stale.type(), stale.getMessage(), stale.errors());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse framework) {
            return framework(framework);
        }
        log.error("Unhandled error", e);
        return Problems.response(ProblemType.INTERNAL_ERROR,
                "Unexpected error; quote the request id when you report it", List.of());
    }

    /**
     * Spring MVC's own rejections (unknown path, wrong method, media type …) in our problem vocabulary, with the
     * headers they carry ({@code Allow} on a 405, {@code Accept} on a 415).
     */
    private ResponseEntity<ProblemDetail> framework(ErrorResponse e) {
        ProblemType type = ProblemType.forStatus(e.getStatusCode().value());
        String detail = switch (type) {
            case NOT_FOUND -> "No such resource";
            case INTERNAL_ERROR -> "Unexpected error";
            default -> e.getBody().getDetail();
        };
        return ResponseEntity.status(type.status()).headers(e.getHeaders()).contentType(Problems.PROBLEM_JSON)
                .body(Problems.detail(type, detail, List.of()));
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
