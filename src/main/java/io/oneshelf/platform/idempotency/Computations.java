package io.oneshelf.platform.idempotency;

import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The paths of the {@link Computation} endpoints, read once from the request mappings: the idempotency filter lets
 * them pass without a key, and the API description says they take none.
 */
@Component
public class Computations {

    private final RequestMappingHandlerMapping mappings;
    private volatile List<PathPattern> patterns;

    Computations(@Lazy @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** Whether a call of this method on this path (or path template, as the API description names it) is one. */
    public boolean matches(String method, String path) {
        if (!"POST".equalsIgnoreCase(method)) {
            return false;
        }
        PathContainer container = PathContainer.parsePath(path);
        return patterns().stream().anyMatch(p -> p.matches(container));
    }

    private List<PathPattern> patterns() {
        List<PathPattern> known = patterns;
        if (known == null) {
            known = mappings.getHandlerMethods().entrySet().stream()
                    .filter(e -> isComputation(e.getValue()))
                    .map(java.util.Map.Entry::getKey)
                    .map(RequestMappingInfo::getPathPatternsCondition)
                    .filter(java.util.Objects::nonNull)
                    .flatMap(c -> c.getPatterns().stream())
                    .toList();
            patterns = known;
        }
        return known;
    }

    private static boolean isComputation(HandlerMethod method) {
        return method.hasMethodAnnotation(Computation.class);
    }
}
