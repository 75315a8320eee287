package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}): what fails outside a controller (a filter, the container) is
 * answered in the same problem+json shape as everything else, instead of Spring Boot's default body. It replaces
 * Boot's BasicErrorController.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 404;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && failure instanceof Throwable t) {
            log.error("Unhandled error outside a controller", t);
        }
        ProblemType type = ProblemType.forStatus(status);
        Message detail = switch (type) {
            case NOT_FOUND -> Message.of("problem.framework.not-found");
            case INTERNAL_ERROR -> Message.of("problem.internal");
            default -> Message.of("problem.request.unservable");
        };
        ProblemDetail problem = problems.detail(request, type, detail, List.of());
        problem.setStatus(status);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException e) {
                // a path the container let through but that is no URI: the problem goes without an instance
            }
        }
        return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problem);
    }
}
