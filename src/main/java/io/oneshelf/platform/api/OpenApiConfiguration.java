package io.oneshelf.platform.api;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The frame of the published contract ({@code /api/openapi.json}): what it is, how callers authenticate, and the
 * one problem shape of every error. The customizers of this package add what each operation needs from the
 * rules the server actually applies (security, idempotency, errors, paging), so an endpoint added later is
 * described correctly without anyone remembering to.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearerAuth";
    static final String SIGNED = "signedRequest";
    static final String CUSTOMER = "customerBearer";

    static {
        // one named schema per enum (Role, SalesChannel …): generators give clients one type per enum, and the
        // Java generator cannot compile a set of inline enum values (channels)
        ModelResolver.enumsAsRef = true;
        // Jackson 3 trees (audit before/after) are free-form JSON objects, not a library type to describe
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class,
                new ObjectSchema().additionalProperties(true).description("Free-form JSON object"));
    }

    @Bean
    OpenAPI oneShelfApi() {
        return new OpenAPI()
                .info(new Info().title("OneShelf API").version("v1").description("""
                        The OneShelf New Retail platform. JSON in camelCase; errors are application/problem+json \
                        (schema Problem); lists answer {items, nextCursor} (a few small bounded lists say otherwise \
                        in their description). Every POST, PUT and DELETE under /api/v1 except /api/v1/auth/** takes \
                        an Idempotency-Key header (required on POST): a retry with the same key and payload replays \
                        the first answer with Idempotent-Replayed: true. Besides the statuses each operation lists, \
                        any request may be answered 405 (with Allow), 406, 414 or 431 by the HTTP layer."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, bearer())
                        .addSecuritySchemes(SIGNED, signed())
                        .addSecuritySchemes(CUSTOMER, customer())
                        .addSchemas(ProblemSchemas.PROBLEM, ProblemSchemas.problem())
                        .addSchemas(ProblemSchemas.FIELD_ERROR, ProblemSchemas.fieldError()));
    }

    private static SecurityScheme bearer() {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Staff: the accessToken answered by POST /api/v1/auth/login (valid 15 minutes; "
                        + "renew with POST /api/v1/auth/refresh), sent as Authorization: Bearer <accessToken>.");
    }

    private static SecurityScheme customer() {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Customers of a brand's shop (/api/v1/shop/{brandCode}/…): the accessToken answered by "
                        + "POST /api/v1/shop/{brandCode}/sign-in (phone and one-time SMS code; renew with POST "
                        + "/api/v1/shop/{brandCode}/token/refresh), sent as Authorization: Bearer <accessToken>. It "
                        + "works only on its own brand's shop paths; staff tokens and signed requests are refused "
                        + "there, and customer tokens everywhere else.");
    }

    private static SecurityScheme signed() {
        return new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key")
                .description("""
                        Integrations (API clients): every request carries four headers. X-Api-Key: the client's \
                        keyId (osk_…). X-Api-Timestamp: Unix time in seconds; more than 5 minutes off the server's \
                        clock is refused. X-Api-Nonce: a value unique per key, 1 to 64 characters; a nonce seen \
                        before is refused. X-Api-Signature: Base64 (standard alphabet, with padding) of \
                        HMAC-SHA256(key = the UTF-8 bytes of the secret exactly as it was answered once at creation, \
                        used as text and not decoded; message = the UTF-8 bytes of METHOD + "\\n" + PATH + \
                        ("?" + QUERY if there is a query string, exactly as sent) + "\\n" + TIMESTAMP + "\\n" + NONCE \
                        + "\\n" + lowercase hex of SHA-256 of the raw body bytes, the hash of no bytes when there is \
                        no body). Example string to sign: "POST\\n/api/v1/stock/receipts\\n1767225600\\n\
                        3f1c…\\ne3b0c442…". Multipart uploads are signed over the exact bytes sent. Refusals are 401.\
                        """);
    }
}
