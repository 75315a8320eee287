package io.oneshelf.org.staff;

import io.oneshelf.org.ScopeRef;
import io.oneshelf.org.staff.StaffRequests.ChangePassword;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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

    private final CallerProfiles profiles;
    private final SignIn signIn;

    MeController(CallerProfiles profiles, SignIn signIn) {
        this.profiles = profiles;
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
        CallerProfiles.Profile p = profiles.of(actor);
        return new Me(actor.id(), actor.kind().name(), p.login(), actor.name(), actor.role().name(),
                new ScopeRef(actor.scopeType(), actor.scopeId(), p.scopeName()),
                new Tenant(actor.tenantId(), p.tenantName(), p.currency(), p.timeZone()),
                actor.role().permissions().stream().map(Permission::code).toList());
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "403", description = "API clients have no password")
    @Operation(operationId = "changeMyPassword", summary = "Change my password")
    void changePassword(@Valid @RequestBody ChangePassword request) {
        signIn.changePassword(Actor.current(), request.currentPassword(), request.newPassword());
    }
}
