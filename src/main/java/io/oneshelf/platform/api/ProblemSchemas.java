package io.oneshelf.platform.api;

import io.oneshelf.platform.web.ProblemType;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;

/** The problem+json shape every error of the API has (RFC 9457, as {@code platform/web/Problems} builds it). */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "ProblemFieldError";
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemSchemas() {
    }

    static Schema<?> problem() {
        List<String> types = Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList();
        return new ObjectSchema()
                .description("An error (RFC 9457 problem details). Switch on type, never on the human detail.")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Stable problem type, one of: " + String.join(", ", types)))
                .addProperty("title", new StringSchema().description("Short summary of the problem type"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty("detail", new StringSchema().description("What went wrong, for a person"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request path"))
                .addProperty("requestId", new StringSchema()
                        .description("The request's id (also the X-Request-Id header); quote it when reporting"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(FIELD_ERROR))
                        .description("The offending input fields, when the problem is about some"))
                .required(List.of("type", "title", "status"));
    }

    static Schema<?> fieldError() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema()
                        .description("JSON property path (lines[0].quantity), parameter or header name"))
                .addProperty("message", new StringSchema().description("What is wrong with it"))
                .required(List.of("field", "message"));
    }

    static ApiResponse response(String description) {
        return new ApiResponse().description(description).content(content());
    }

    static Content content() {
        return new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
    }
}
