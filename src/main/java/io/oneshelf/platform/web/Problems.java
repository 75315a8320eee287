package io.oneshelf.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds problem+json bodies in one shape for controllers, filters and security handlers alike, with the title,
 * detail and field messages in the caller's language. Runs only when a request is refused.
 */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final Texts texts;

    Problems(Texts texts) {
        this.texts = texts;
    }

    public ProblemDetail detail(HttpServletRequest request, ProblemType type, MessageSourceResolvable detail,
                                List<FieldProblem> errors) {
        Locale language = texts.languageOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), texts.text(detail, language));
        problem.setType(type.uri());
        problem.setTitle(texts.title(type, language));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(e -> new FieldError(e.field(), texts.text(e.message(), language))).toList());
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    public ResponseEntity<ProblemDetail> response(HttpServletRequest request, ProblemType type,
                                                  MessageSourceResolvable detail, List<FieldProblem> errors) {
        return ResponseEntity.status(type.status()).contentType(PROBLEM_JSON)
                .body(detail(request, type, detail, errors));
    }
}
