package io.oneshelf.org.structure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

final class StructureRequests {

    private StructureRequests() {
    }

    record CreateRegion(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code-32}") String code,
            @NotBlank @Size(max = 100) String name) {
    }

    record CreateFranchisee(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code-32}") String code,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 50) String contactName,
            @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "{validation.phone}") String contactPhone) {
    }
}
