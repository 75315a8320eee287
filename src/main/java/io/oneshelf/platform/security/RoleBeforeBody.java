package io.oneshelf.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Checks an endpoint's {@code @PreAuthorize} before its arguments are read: method security runs only after the
 * body was parsed and validated, so a cashier sending a bad body to a manager's endpoint learned about the body
 * (400) instead of being refused (403). The annotations stay where they are and method security still checks
 * them; this reads the same expressions earlier. It understands {@code hasAuthority('x')}, alone or joined by
 * {@code or}; any other form fails the start-up, so that no endpoint can slip past unchecked.
 */
@Component
class RoleBeforeBody implements HandlerInterceptor, SmartInitializingSingleton {

    private static final Pattern ONE = Pattern.compile("hasAuthority\\('([^']+)'\\)");

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    /** The authorities of which an endpoint needs one; empty when it has no {@code @PreAuthorize}. */
    private final Map<Method, Set<String>> required = new ConcurrentHashMap<>();

    RoleBeforeBody(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mappings.orderedStream().forEach(mapping -> mapping.getHandlerMethods().values()
                .forEach(handler -> required.computeIfAbsent(handler.getMethod(), m -> requiredBy(handler))));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> needed = required.computeIfAbsent(method.getMethod(), m -> requiredBy(method));
        if (needed.isEmpty()) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = caller != null && caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(needed::contains);
        if (!allowed) {
            throw new AccessDeniedException("Your role does not allow this");
        }
        return true;
    }

    static Set<String> requiredBy(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        return rule == null ? Set.of() : authorities(rule.value(), handler.toString());
    }

    /** The authorities of {@code hasAuthority('a') or hasAuthority('b')}; any other expression is refused. */
    static Set<String> authorities(String expression, String where) {
        String[] terms = expression.trim().split("\\s+or\\s+");
        Set<String> names = Arrays.stream(terms).map(term -> {
            var m = ONE.matcher(term.trim());
            if (!m.matches()) {
                throw new IllegalStateException("@PreAuthorize(\"" + expression + "\") on " + where
                        + " has a form RoleBeforeBody does not understand: use hasAuthority('x'), joined by 'or'");
            }
            return m.group(1);
        }).collect(Collectors.toUnmodifiableSet());
        return names;
    }
}
