package io.oneshelf.org.apiclient;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
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
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

    private final ApiClients clients;
    private final ApiClientService service;

    ApiClientController(ApiClients clients, ApiClientService service) {
        this.clients = clients;
        this.service = service;
    }

    record CreateApiClient(@NotBlank @Size(max = 100) String name, @NotNull Role role,
                           @NotNull ScopeType scopeType, UUID scopeId) {

        ApiClientService.NewApiClient command() {
            return new ApiClientService.NewApiClient(name, role, scopeType, scopeId);
        }
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
        return service.get(Actor.current(), id);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createApiClient", summary = "Create an API client; the secret is returned once")
    ResponseEntity<IssuedApiClient> create(@Valid @RequestBody CreateApiClient request) {
        ApiClientService.Issued issued = service.create(Actor.current(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/api-clients/" + issued.client().id()))
                .body(new IssuedApiClient(issued.client(), issued.secret()));
    }

    @PostMapping("/{id}/revoke")
    @Operation(operationId = "revokeApiClient",
            summary = "Revoke an API client; its signed requests are refused from now on")
    ApiClient revoke(@PathVariable UUID id, @RequestBody(required = false) RevokeApiClient request) {
        return service.revoke(Actor.current(), id);
    }
}
