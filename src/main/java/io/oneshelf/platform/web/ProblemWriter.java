package io.oneshelf.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json answer from code that runs before Spring MVC (servlet filters, security). */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        write(response, type, detail, List.of());
    }

    public void write(HttpServletResponse response, ProblemType type, String detail, List<FieldError> errors)
            throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        json.writeValue(response.getOutputStream(), Problems.detail(type, detail, errors));
    }
}
