package io.oneshelf.catalog.category;

import io.oneshelf.catalog.category.CategoryRequests.CreateCategory;
import io.oneshelf.catalog.category.CategoryRequests.EditCategory;
import io.oneshelf.platform.security.Actor;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories")
class CategoryController {

    private final Categories categories;
    private final CategoryService service;

    CategoryController(Categories categories, CategoryService service) {
        this.categories = categories;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "listCategories",
            summary = "The whole category tree of the brand, roots first (one page, no cursor)")
    Page<CategoryNode> tree() {
        return new Page<>(CategoryNode.tree(categories.all(Actor.current().tenantId())), null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "getCategory", summary = "One category")
    Category get(@PathVariable UUID id) {
        return service.get(Actor.current(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createCategory", summary = "Add a category, under a parent or as a root")
    ResponseEntity<Category> create(@Valid @RequestBody CreateCategory request) {
        Category category = service.create(Actor.current(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/categories/" + category.id())).body(category);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "editCategory", summary = "Rename, move or re-sort a category (send the version you read)")
    Category edit(@PathVariable UUID id, @Valid @RequestBody EditCategory request) {
        return service.edit(Actor.current(), id, request.command());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "deleteCategory", summary = "Remove a category that has no sub-categories and no products")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(Actor.current(), id);
        return ResponseEntity.noContent().build();
    }
}
