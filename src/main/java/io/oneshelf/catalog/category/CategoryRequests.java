package io.oneshelf.catalog.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The bodies of category requests. */
final class CategoryRequests {

    private CategoryRequests() {
    }

    record CreateCategory(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code-32}") String code,
            @NotBlank @Size(max = 100) String name,
            UUID parentId,
            Integer sortOrder) {

        CategoryService.Create command() {
            return new CategoryService.Create(code, name, parentId, sortOrder);
        }
    }

    record EditCategory(@NotBlank @Size(max = 100) String name, UUID parentId, Integer sortOrder,
                        @NotNull Integer version) {

        CategoryService.Edit command() {
            return new CategoryService.Edit(name, parentId, sortOrder, version);
        }
    }
}
