package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer from code that runs before Spring MVC (servlet filters, security), in the
 * caller's language: pass a {@link Message} code of the bundles, not finished text.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;
    private final Problems problems;

    ProblemWriter(JsonMapper json, Problems problems) {
        this.json = json;
        this.problems = problems;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, Message detail)
            throws IOException {
        write(request, response, type, detail, List.of());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, Message detail,
                      List<FieldProblem> errors) throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        json.writeValue(response.getOutputStream(), problems.detail(request, type, detail, errors));
    }
}
