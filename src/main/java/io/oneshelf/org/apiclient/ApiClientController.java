package io.oneshelf.org.apiclient;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.Scopes;
import io.oneshelf.org.apiclient.ApiClient.ApiClientStatus;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issues and revokes integration credentials. The secret is shown once, at creation. */
@RestController
@RequestMapping("/api/v1/api-clients")
@Tag(name = "API clients")
@PreAuthorize("hasAuthority('api-client:manage')")
class ApiClientController {

    private static final SecureRandom random = new SecureRandom();

    private final ApiClients clients;
    private final Scopes scopes;
    private final AuditLog audit;

    ApiClientController(ApiClients clients, Scopes scopes, AuditLog audit) {
        this.clients = clients;
        this.scopes = scopes;
        this.audit = audit;
    }

    record CreateApiClient(@NotBlank @Size(max = 100) String name, @NotNull Role role,
                           @NotNull ScopeType scopeType, UUID scopeId) {
    }

    record RevokeApiClient() {
    }

    record IssuedApiClient(@JsonUnwrapped ApiClient client, String secret) {
    }

    @GetMapping
    @Operation(operationId = "listApiClients", summary = "List API clients")
    Page<ApiClient> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(clients.list(Actor.current(), Page.after(cursor), size + 1), size, ApiClient::id);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getApiClient", summary = "One API client")
    ApiClient get(@PathVariable UUID id) {
        return find(Actor.current(), id);
    }

    @PostMapping
    @Transactional
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createApiClient", summary = "Create an API client; the secret is returned once")
    ResponseEntity<IssuedApiClient> create(@Valid @RequestBody CreateApiClient request) {
        Actor actor = Actor.current();
        ScopeRef scope = scopes.within(actor, request.scopeType(), request.scopeId(), "scopeId");
        if (!request.role().fits(scope.type())) {
            throw Rejection.invalid("scopeType", "org.role.scope-misfit", Message.term(request.role()), Message.term(scope.type()));
        }
        String secret = randomText(32);
        ApiClient client = new ApiClient(Ids.next(), request.name().trim(), "osk_" + HexFormat.of().formatHex(
                randomBytes(12)), request.role(), scope, ApiClientStatus.ACTIVE, null, null);
        clients.insert(actor.tenantId(), client, secret);
        ApiClient created = find(actor, client.id());
        audit.record(actor, "api-client.created", "api-client", created.id(), null, created);
        return ResponseEntity.created(URI.create("/api/v1/api-clients/" + created.id()))
                .body(new IssuedApiClient(created, secret));
    }

    @PostMapping("/{id}/revoke")
    @Transactional
    @Operation(operationId = "revokeApiClient",
            summary = "Revoke an API client; its signed requests are refused from now on")
    ApiClient revoke(@PathVariable UUID id, @RequestBody(required = false) RevokeApiClient request) {
        Actor actor = Actor.current();
        ApiClient before = find(actor, id);
        clients.updateStatus(actor.tenantId(), before.revoke());
        ApiClient after = find(actor, id);
        audit.record(actor, "api-client.revoked", "api-client", id, before, after);
        return after;
    }

    private ApiClient find(Actor actor, UUID id) {
        return clients.find(actor, id).orElseThrow(() -> Rejection.notFound("api-client"));
    }

    private static String randomText(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
