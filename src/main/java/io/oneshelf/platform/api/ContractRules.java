package io.oneshelf.platform.api;

import io.oneshelf.platform.idempotency.Computations;
import io.oneshelf.platform.security.ShopPaths;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.math.BigDecimal;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes on every operation what the server's filters do to it, from its path and method alone: who may call
 * it (bearer token or signed request; a customer token on the shop's paths; sign-in, refresh and logout of staff
 * and customers are public), the Idempotency-Key the idempotency filter demands on POST, PUT, PATCH and DELETE
 * under /api/v1 except those public ones, the errors it can answer, and the paging parameters' limits.
 */
@Component
class ContractRules implements OpenApiCustomizer {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String PUBLIC = "/api/v1/auth/";
    private static final String PUBLIC_NOTE = "Public: needs no authentication and takes no Idempotency-Key (a repeat "
            + "acts again).";
    static final String COMPUTATION = "x-computation";
    private static final String COMPUTATION_NOTE = "A computation: changes nothing, so it takes no Idempotency-Key "
            + "(a repeat computes again, from the state of then).";

    private final Computations computations;

    ContractRules(Computations computations) {
        this.computations = computations;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> describe(path, method, operation)));
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(ContractRules::nullable);
        }
    }

    /**
     * A property that is not required may be null, in a request (only @NotNull fields are refused when null) and in
     * an answer (a transfer not yet shipped has no shippedAt; the last page has no nextCursor).
     */
    private static void nullable(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name) && property.get$ref() == null) {
                property.setNullable(true);
            }
            if ("version".equals(name) && property.getDescription() == null) {
                property.setDescription("Optimistic lock: the version you read; a change from another version is "
                        + "409 stale-version");
            }
        });
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = path.startsWith(PUBLIC) || ShopPaths.isAnonymous(path);
        boolean computation = computations.matches(method.name(), path);
        boolean idempotent = !open && !computation && method != PathItem.HttpMethod.GET
                && method != PathItem.HttpMethod.HEAD && method != PathItem.HttpMethod.OPTIONS;
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.setSecurity(security(path, open));
        // a customizer may run again on a description it already changed: change nothing twice
        if (open && !String.valueOf(operation.getDescription()).contains(PUBLIC_NOTE)) {
            operation.setDescription(join(operation.getDescription(), PUBLIC_NOTE));
        }
        if (computation && !String.valueOf(operation.getDescription()).contains(COMPUTATION_NOTE)) {
            operation.setDescription(join(operation.getDescription(), COMPUTATION_NOTE));
            operation.addExtension(COMPUTATION, true);
        }
        if (idempotent && (operation.getParameters() == null || operation.getParameters().stream()
                .noneMatch(p -> IDEMPOTENCY_KEY.equals(p.getName())))) {
            operation.addParametersItem(idempotencyKey(method == PathItem.HttpMethod.POST));
        }
        parameters(operation);
        successes(operation, idempotent);
        errors(path, method, operation, open, idempotent);
        if (computation) {
            add(operation.getResponses(), "409", "Conflict with the current state (not enough stock, a coupon or "
                    + "sale no longer usable …)");
        }
    }

    /** None on sign-in; a customer token on the shop's paths; a staff token or a signed request elsewhere. */
    private static List<SecurityRequirement> security(String path, boolean open) {
        if (open) {
            return List.of();
        }
        if (ShopPaths.isShop(path)) {
            return List.of(new SecurityRequirement().addList(OpenApiConfiguration.CUSTOMER));
        }
        return List.of(new SecurityRequirement().addList(OpenApiConfiguration.BEARER),
                new SecurityRequirement().addList(OpenApiConfiguration.SIGNED));
    }

    private static Parameter idempotencyKey(boolean required) {
        return new HeaderParameter().name(IDEMPOTENCY_KEY).required(required)
                .schema(new StringSchema().minLength(1).maxLength(255))
                .description((required ? "Required. " : "Optional; when sent, the call is made at most once per key. ")
                        + "A new unique value (e.g. a UUID) per intended action. A retry with the same key and "
                        + "payload replays the first answer (header Idempotent-Replayed: true); the same key with "
                        + "another payload is 422; while the first call with the key runs, 409.");
    }

    private static void parameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("path".equals(parameter.getIn()) && parameter.getDescription() == null) {
                parameter.description("id".equals(parameter.getName()) ? "The object's id"
                        : "The " + parameter.getName() + " it is addressed by");
                continue;
            }
            if (!"query".equals(parameter.getIn())) {
                continue;
            }
            if ("limit".equals(parameter.getName())) {
                parameter.description("Page size, 1 to 200 (default 50)")
                        .schema(new IntegerSchema().minimum(BigDecimal.ONE)
                                .maximum(BigDecimal.valueOf(Page.MAX_LIMIT))
                                ._default(Page.DEFAULT_LIMIT));
            } else if ("cursor".equals(parameter.getName())) {
                parameter.description("The nextCursor of the page before (or the previousCursor of the page "
                                + "after, where a list answers one); absent for the first page")
                        .schema(new StringSchema().pattern("^[A-Za-z0-9_-]*$").maxLength(64));
            }
        }
    }

    private static void successes(Operation operation, boolean idempotent) {
        operation.getResponses().forEach((status, response) -> {
            if (response.getHeaders() != null) {
                // an annotated header without a schema makes generators skip it (Location)
                response.getHeaders().values().stream().filter(h -> h.getSchema() == null && h.get$ref() == null)
                        .forEach(h -> h.setSchema(new StringSchema()));
            }
            if (!status.startsWith("2")) {
                return;
            }
            if (idempotent) {
                response.addHeaderObject(REPLAYED, new Header().schema(new StringSchema()._enum(List.of("true")))
                        .description("Present (true) when this answer is the replay of an earlier call with the "
                                + "same Idempotency-Key and payload"));
            }
        });
    }

    private static void errors(String path, PathItem.HttpMethod method, Operation operation, boolean open,
                               boolean idempotent) {
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            boolean problem = response.getContent() != null
                    && response.getContent().containsKey(ProblemSchemas.MEDIA_TYPE);
            if (!status.startsWith("2") && !problem) {
                response.setContent(ProblemSchemas.content());
            }
        });
        add(responses, "400", "Malformed request or invalid input (errors name the fields)"
                + (method == PathItem.HttpMethod.POST && idempotent ? ", or the Idempotency-Key header is missing" : ""));
        add(responses, "401", open ? "Bad credentials or token" : ShopPaths.isShop(path)
                ? "No valid customer access token, or one of another brand's shop"
                : "No valid bearer token or request signature");
        if (path.contains("{") || !open && (operation.getRequestBody() != null || namesAnId(operation))) {
            add(responses, "404", "No such object within your brand and scope (named in the path, or by an id in "
                    + "the body or the query)");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is larger than the server accepts");
            add(responses, "415", "The request body's media type or file type is not accepted");
        }
        if (idempotent) {
            add(responses, "409", "Conflict with the current state (a stale version, a duplicate code, not "
                    + "enough stock …), or a call with this Idempotency-Key is still in progress");
            add(responses, "422", "This Idempotency-Key was already used with another payload");
        }
        if (path.equals(PUBLIC + "login")) {
            add(responses, "429", "Too many failed sign-ins from this address; see Retry-After");
        }
    }

    private static boolean namesAnId(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getSchema() != null && "uuid".equals(p.getSchema().getFormat()));
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(status, ProblemSchemas.response(description));
    }

    private static String join(String description, String more) {
        return description == null || description.isBlank() ? more : description + "\n\n" + more;
    }

}
