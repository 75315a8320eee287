package io.oneshelf.org.staff;

import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

final class StaffRequests {

    static final String LOGIN = "[A-Za-z0-9._@-]{3,64}";

    private StaffRequests() {
    }

    record CreateStaff(
            @NotBlank @Pattern(regexp = LOGIN, message = "{validation.login}") String login,
            @NotBlank @Size(max = 50) String displayName,
            @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{validation.phone}") String phone,
            @NotNull Role role,
            @NotNull ScopeType scopeType,
            UUID scopeId,
            @Size(min = 8, max = 72, message = "{validation.password}") String initialPassword) {

        StaffService.Invite command() {
            return new StaffService.Invite(login, displayName, phone, role, scopeType, scopeId, initialPassword);
        }
    }

    /** A new role and scope, checked against the {@code version} of the staff member the client last read. */
    record AssignRole(@NotNull Role role, @NotNull ScopeType scopeType, UUID scopeId, @NotNull Integer version) {

        StaffService.Assignment command() {
            return new StaffService.Assignment(role, scopeType, scopeId, version);
        }
    }

    record ChangeStatus() {
    }

    record Login(@NotBlank String login, @NotBlank String password) {
    }

    record Refresh(@NotBlank String refreshToken) {
    }

    record ChangePassword(@NotBlank String currentPassword,
                          @NotBlank @Size(min = 8, max = 72, message = "{validation.password}") String newPassword) {
    }
}
