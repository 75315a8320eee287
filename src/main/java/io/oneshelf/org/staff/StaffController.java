package io.oneshelf.org.staff;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.oneshelf.org.staff.StaffMember.StaffStatus;
import io.oneshelf.org.staff.StaffRequests.AssignRole;
import io.oneshelf.org.staff.StaffRequests.ChangeStatus;
import io.oneshelf.org.staff.StaffRequests.CreateStaff;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff")
class StaffController {

    private final StaffAccounts accounts;
    private final StaffService service;

    StaffController(StaffAccounts accounts, StaffService service) {
        this.accounts = accounts;
        this.service = service;
    }

    /** The new account plus its initial password, shown once. */
    record InvitedStaff(@JsonUnwrapped StaffMember staff, String initialPassword) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('staff:read')")
    @Operation(operationId = "listStaff", summary = "List staff within your scope")
    Page<StaffMember> list(@RequestParam(required = false) String q,
                           @RequestParam(required = false) StaffStatus status,
                           @RequestParam(required = false) Role role,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        var rows = accounts.list(actor, q, status, role, Page.after(cursor), size + 1).stream()
                .map(s -> visible(actor, s)).toList();
        return Page.of(rows, size, StaffMember::id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('staff:read')")
    @Operation(operationId = "getStaffMember", summary = "One staff member")
    StaffMember get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return visible(actor, service.get(actor, id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('staff:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createStaffMember",
            summary = "Create (invite) a staff account; the initial password is returned once")
    ResponseEntity<InvitedStaff> create(@Valid @RequestBody CreateStaff request) {
        StaffService.Invited invited = service.create(Actor.current(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/staff/" + invited.staff().id()))
                .body(new InvitedStaff(invited.staff(), invited.initialPassword()));
    }

    @PutMapping("/{id}/role")
    @PreAuthorize("hasAuthority('staff:write')")
    @Operation(operationId = "assignStaffRole", summary = "Assign a role and scope (send the version you read)",
            description = "A version other than the current one is refused with 409 stale-version on `version`"
                    + " and changes nothing; read the staff member again and reapply the change.")
    StaffMember assign(@PathVariable UUID id, @Valid @RequestBody AssignRole request) {
        return service.assign(Actor.current(), id, request.command());
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('staff:write')")
    @Operation(operationId = "disableStaffMember", summary = "Disable an account (also signs it out everywhere)")
    StaffMember disable(@PathVariable UUID id, @RequestBody(required = false) ChangeStatus request) {
        return service.disable(Actor.current(), id);
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('staff:write')")
    @Operation(operationId = "enableStaffMember", summary = "Enable a disabled account")
    StaffMember enable(@PathVariable UUID id, @RequestBody(required = false) ChangeStatus request) {
        return service.enable(Actor.current(), id);
    }

    private static StaffMember visible(Actor actor, StaffMember staff) {
        return actor.can(Permission.STAFF_WRITE) ? staff : staff.masked();
    }
}
