package io.oneshelf.platform.api;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** An operation whose handler checks the caller's role (@PreAuthorize, on it or its controller) may answer 403. */
@Component
class AccessRules implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class)) {
            if (operation.getResponses() == null) {
                operation.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses());
            }
            operation.getResponses().putIfAbsent("403",
                    ProblemSchemas.response("Your role does not allow this"));
        }
        return operation;
    }
}
