package io.oneshelf.org.staff;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.Scopes;
import io.oneshelf.org.staff.StaffRequests.ChangePassword;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in caller: who they are, for which brand, in which scope, and what they may do. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me")
class MeController {

    private final JdbcClient jdbc;
    private final SignIn signIn;

    MeController(JdbcClient jdbc, SignIn signIn) {
        this.jdbc = jdbc;
        this.signIn = signIn;
    }

    record Tenant(UUID id, String name, String currency, String timeZone) {
    }

    record Me(UUID id, String kind, String login, String displayName, String role, ScopeRef scope, Tenant tenant,
              List<String> permissions) {
    }

    @GetMapping
    @Operation(operationId = "getMe", summary = "Who am I")
    Me me() {
        Actor actor = Actor.current();
        String table = actor.kind() == Actor.Kind.STAFF ? "staff" : "api_client";
        String login = actor.kind() == Actor.Kind.STAFF ? "x.login" : "x.key_id";
        return jdbc.sql("select " + login + " as login, " + Scopes.SCOPE_NAME + """
                 as scope_name, t.name as tenant_name, t.currency, t.time_zone
                from %s x join tenant t on t.id = x.tenant_id
                where x.tenant_id = :tenant and x.id = :id""".formatted(table))
                .param("tenant", actor.tenantId()).param("id", actor.id())
                .query((rs, n) -> new Me(actor.id(), actor.kind().name(), rs.getString("login"), actor.name(),
                        actor.role().name(), new ScopeRef(actor.scopeType(), actor.scopeId(), rs.getString("scope_name")),
                        new Tenant(actor.tenantId(), rs.getString("tenant_name"), rs.getString("currency"),
                                rs.getString("time_zone")),
                        actor.role().permissions().stream().map(Permission::code).toList()))
                .optional().orElseThrow(() -> Rejection.notFound("account"));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "403", description = "API clients have no password")
    @Operation(operationId = "changeMyPassword", summary = "Change my password")
    void changePassword(@Valid @RequestBody ChangePassword request) {
        Actor actor = Actor.current();
        if (actor.kind() != Actor.Kind.STAFF) {
            throw Rejection.forbidden("org.api-client.no-password");
        }
        signIn.changePassword(actor, request.currentPassword(), request.newPassword());
    }
}
