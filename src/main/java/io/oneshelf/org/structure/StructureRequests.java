package io.oneshelf.org.structure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

final class StructureRequests {

    private StructureRequests() {
    }

    record CreateRegion(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "use 1-32 letters, digits, - or _") String code,
            @NotBlank @Size(max = 100) String name) {
    }

    record CreateFranchisee(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "use 1-32 letters, digits, - or _") String code,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 50) String contactName,
            @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number") String contactPhone) {
    }
}
