package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on an error that no application code answered: a request line or headers too large, a
 * malformed path, a character Tomcat refuses. Tomcat's own valve writes an HTML page; this one writes the same
 * problem+json as every other error.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;
    private final Problems problems;

    ProblemReportValve(JsonMapper json, Problems problems) {
        this.json = json;
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is broken: nobody would read the answer
        }
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = problems.detail(request, type, Message.of(type == ProblemType.INTERNAL_ERROR
                ? "problem.framework.internal" : "problem.request.unreadable"), List.of());
        problem.setStatus(status);
        try {
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding("utf-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away; there is nobody to tell
        }
    }
}
