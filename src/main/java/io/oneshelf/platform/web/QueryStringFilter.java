package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string the server cannot read honestly, before anything reads a parameter: a parameter
 * without a name ({@code ?=x}), a broken percent escape or invalid UTF-8 (Tomcat throws on the first
 * {@code getParameter} call, deep inside whichever filter or controller asks, which used to answer 500), and a NUL
 * character in a name or value (PostgreSQL cannot store it, and some code trims it away silently).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after the request id, before security reads anything
class QueryStringFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    QueryStringFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        QueryString.Fault fault = query == null ? null : QueryString.check(query);
        if (fault == null) {
            chain.doFilter(request, response);
            return;
        }
        List<FieldProblem> errors = fault.parameter() == null ? List.of()
                : List.of(new FieldProblem(fault.parameter(), fault.message()));
        Message detail = fault.parameter() == null ? Message.of("problem.query", fault.message())
                : Message.of("problem.field", fault.parameter(), fault.message());
        problems.write(request, response, ProblemType.MALFORMED_REQUEST, detail, errors);
    }
}
