package io.oneshelf.platform.api;

import io.oneshelf.platform.security.ShopPaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The published OpenAPI description, read as JSON: its operations and how a request path maps to one. */
record Contract(JsonNode spec, List<Operation> operations) {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** One operation: method (upper case), path template and its description. */
    record Operation(String method, String path, JsonNode node, Pattern pattern, int literals) {

        String id() {
            return node.path("operationId").asString(null);
        }

        boolean mutating() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS") && !computation();
        }

        /** A POST that changes nothing (a price quote): no Idempotency-Key. */
        boolean computation() {
            return node.path(ContractRules.COMPUTATION).asBoolean(false);
        }

        /** Signing in, refreshing and out, of staff and of customers: no authentication, no Idempotency-Key. */
        boolean open() {
            return path.startsWith("/api/v1/auth/") || ShopPaths.isAnonymous(path);
        }

        /** A call of a brand's shop, made by a signed-in customer. */
        boolean shop() {
            return ShopPaths.isShop(path);
        }

        JsonNode responses() {
            return node.path("responses");
        }

        Optional<JsonNode> header(String name) {
            for (JsonNode parameter : node.path("parameters")) {
                if ("header".equals(parameter.path("in").asString()) && name.equals(parameter.path("name").asString())) {
                    return Optional.of(parameter);
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + id() + ")";
        }
    }

    static Contract of(JsonNode spec) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue(),
                            template(path.getKey()), literals(path.getKey())));
                }
            }
        }
        operations.sort(Comparator.comparingInt(Operation::literals).reversed());
        return new Contract(spec, List.copyOf(operations));
    }

    /** The operation a request is answered by: the matching template with the most literal segments. */
    Optional<Operation> find(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
                .findFirst();
    }

    JsonNode schemas() {
        return spec.path("components").path("schemas");
    }

    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    private static int literals(String path) {
        return (int) java.util.Arrays.stream(path.split("/")).filter(s -> !s.startsWith("{")).count();
    }
}
